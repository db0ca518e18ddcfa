using System.Text;
using System.Text.Json;
using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.Domain.Tests.Events;

public class PaymentEventJsonTests
{
    [Fact]
    public void Write_FullEvent_WritesCanonicalForm()
    {
        // Arrange
        var e = new PaymentEvent(
            "evt-1", EventType.Chargeback, "pay-0", "acct-1", 12.50m, "EUR", "m-1", "5411", "DE",
            PaymentChannel.Ecommerce, new DateTimeOffset(2026, 11, 21, 11, 0, 0, 123, TimeSpan.FromHours(1)));

        // Act
        var json = Encoding.UTF8.GetString(PaymentEventJson.ToUtf8Bytes(e));

        // Assert
        Assert.Equal(
            """{"id":"evt-1","type":"chargeback","paymentId":"pay-0","accountId":"acct-1","amount":12.50,"currency":"EUR","merchantId":"m-1","merchantCategory":"5411","country":"DE","channel":"ecommerce","occurredAt":"2026-11-21T11:00:00.123+01:00"}""",
            json);
    }

    [Fact]
    public void Write_NullOptionals_OmitsThem()
    {
        // Arrange
        var e = TestEvents.Payment() with { MerchantId = null, PaymentId = null };

        // Act
        var json = Encoding.UTF8.GetString(PaymentEventJson.ToUtf8Bytes(e));

        // Assert
        Assert.DoesNotContain("merchantId", json, StringComparison.Ordinal);
        Assert.DoesNotContain("paymentId", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "2026-11-21T14:00:00Z")]
    [InlineData(0, -330, "2026-11-21T14:00:00-05:30")]
    [InlineData(1, 0, "2026-11-21T14:00:00.0000001Z")]
    [InlineData(5_000_000, 840, "2026-11-21T14:00:00.5+14:00")]
    public void Write_OccurredAt_UsesOwnOffsetAndTrimsFraction(long extraTicks, int offsetMinutes, string expected)
    {
        // Arrange
        var at = new DateTimeOffset(new DateTime(2026, 11, 21, 14, 0, 0).AddTicks(extraTicks), TimeSpan.FromMinutes(offsetMinutes));
        var e = TestEvents.Payment(occurredAt: at);

        // Act
        using var document = JsonDocument.Parse(PaymentEventJson.ToUtf8Bytes(e));

        // Assert
        Assert.Equal(expected, document.RootElement.GetProperty("occurredAt").GetString());
    }

    [Fact]
    public void Write_IndentedWriter_IsRespected()
    {
        // Arrange
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            // Act
            PaymentEventJson.Write(writer, TestEvents.Payment());
        }

        // Assert
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\n  \"occurredAt\": \"2026-11-21T14:00:00Z\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenParse_ManyGeneratedEvents_RoundTripExactly()
    {
        // Arrange
        var random = new Random(20261121);
        for (var n = 0; n < 2000; n++)
        {
            var original = GenerateEvent(random);

            // Act
            var bytes = PaymentEventJson.ToUtf8Bytes(original);
            using var document = JsonDocument.Parse(bytes);
            var result = PaymentEventParser.Parse(document.RootElement, "$", ValidationContext.WithoutTimeChecks);

            // Assert
            Assert.True(result.IsValid, Encoding.UTF8.GetString(bytes) + " " + string.Join("; ", result.Problems));
            var parsed = result.Event;
            Assert.Equal(original, parsed);
            Assert.Equal(original.OccurredAt.Offset, parsed.OccurredAt.Offset);
            Assert.Equal(original.OccurredAt.Ticks, parsed.OccurredAt.Ticks);
            Assert.Equal(original.Amount.Scale, parsed.Amount.Scale);
            Assert.Equal(bytes, PaymentEventJson.ToUtf8Bytes(parsed));
        }
    }

    private static PaymentEvent GenerateEvent(Random random)
    {
        const string idChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-";
        string Id(int max) => new(Enumerable.Range(0, random.Next(1, max + 1)).Select(_ => idChars[random.Next(idChars.Length)]).ToArray());

        var currency = CurrencyCodes.All[random.Next(CurrencyCodes.All.Count)];
        CurrencyCodes.TryGetMinorUnits(currency, out var minorUnits);
        var scale = random.Next(0, minorUnits + 1);
        var mantissa = random.NextInt64(1, (long)(1_000_000 * Math.Pow(10, scale)) + 1);
        var amount = new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, false, (byte)scale);
        var type = random.Next(2) == 0 ? EventType.Payment : EventType.Chargeback;
        var local = new DateTime(2000, 1, 1).AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 365 * 50));
        if (random.Next(3) == 0)
        {
            local = local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond));
        }

        return new PaymentEvent(
            Id(128),
            type,
            type == EventType.Chargeback || random.Next(4) == 0 ? Id(128) : null,
            Id(64),
            amount,
            currency,
            random.Next(3) == 0 ? null : Id(64),
            random.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            CountryCodes.All[random.Next(CountryCodes.All.Count)],
            (PaymentChannel)random.Next(3),
            new DateTimeOffset(local, TimeSpan.FromMinutes(random.Next(-14 * 60, (14 * 60) + 1))));
    }
}
