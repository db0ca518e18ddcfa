using System.Text.Json;
using System.Text.Json.Nodes;
using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests;

/// <summary>Valid sample events and helpers to vary one field.</summary>
internal static class TestEvents
{
    public const string ValidJson = """
        {"id":"evt-1","type":"payment","accountId":"acct-1","amount":12.5,"currency":"EUR","merchantId":"m-1",
         "merchantCategory":"5411","country":"DE","channel":"card_present","occurredAt":"2026-11-21T10:00:00Z"}
        """;

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 2, 0, TimeSpan.Zero);

    public static ValidationContext AtNow => ValidationContext.At(Now);

    /// <summary>Returns the valid event JSON with <paramref name="field"/> set to raw JSON, or removed when null.</summary>
    public static string JsonWith(string field, string? rawValue) => JsonWith((field, rawValue));

    public static string JsonWith(params (string Field, string? RawValue)[] changes)
    {
        var node = JsonNode.Parse(ValidJson)!.AsObject();
        foreach (var (field, rawValue) in changes)
        {
            node.Remove(field);
            if (rawValue is not null)
            {
                node[field] = JsonNode.Parse(rawValue);
            }
        }

        return node.ToJsonString();
    }

    public static EventParseResult Parse(string json, string path = "$", ValidationContext? context = null)
    {
        using var document = JsonDocument.Parse(json);
        return PaymentEventParser.Parse(document.RootElement, path, context ?? AtNow);
    }

    public static PaymentEvent Payment(
        decimal amount = 40m,
        string country = "DE",
        string merchantCategory = "5411",
        PaymentChannel channel = PaymentChannel.CardPresent,
        DateTimeOffset? occurredAt = null,
        EventType type = EventType.Payment) =>
        new(
            Id: "evt-1",
            Type: type,
            PaymentId: type == EventType.Chargeback ? "evt-0" : null,
            AccountId: "acct-1",
            Amount: amount,
            Currency: "EUR",
            MerchantId: "m-1",
            MerchantCategory: merchantCategory,
            Country: country,
            Channel: channel,
            OccurredAt: occurredAt ?? new DateTimeOffset(2026, 11, 21, 14, 0, 0, TimeSpan.Zero));
}
