using System.Globalization;

namespace Tidewater.App.Tests;

/// <summary>Valid event JSON for tests.</summary>
internal static class TestEvents
{
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 30, 0, TimeSpan.Zero);

    public static string Json(string id = "evt-1", string accountId = "acct-1", decimal amount = 12.5m, string country = "DE", string? occurredAt = null) =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"{{id}}","type":"payment","accountId":"{{accountId}}","amount":{{amount}},"currency":"EUR","merchantCategory":"5411","country":"{{country}}","channel":"card_present","occurredAt":"{{occurredAt ?? "2026-11-21T10:29:00Z"}}"}""");
}
