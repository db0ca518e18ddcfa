using System.Globalization;

namespace Tidewater.LocalHost.Tests;

internal static class Events
{
    private static string Now => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Safe(string id) =>
        $$"""{"id":"{{id}}","type":"payment","accountId":"acct-1","amount":12.5,"currency":"EUR","merchantCategory":"5411","country":"DE","channel":"card_present","occurredAt":"{{Now}}"}""";

    public static string Risky(string id) =>
        $$"""{"id":"{{id}}","type":"payment","accountId":"acct-9","amount":9000,"currency":"EUR","merchantCategory":"7995","country":"NG","channel":"ecommerce","occurredAt":"{{Now}}"}""";
}
