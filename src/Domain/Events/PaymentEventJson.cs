using System.Buffers;
using System.Text.Json;

namespace Tidewater.Domain.Events;

/// <summary>Writes the canonical wire JSON of a <see cref="PaymentEvent"/>.</summary>
/// <remarks>
/// Canonical means: camelCase names in a fixed order, null optionals omitted, <c>amount</c> as a JSON number with
/// exactly the decimal digits of <see cref="PaymentEvent.Amount"/> (<c>1.50</c> stays <c>1.50</c>), and
/// <c>occurredAt</c> as RFC 3339 in the event's own offset (<c>Z</c> for zero, fraction only when non-zero).
/// Parsing the output with <c>PaymentEventParser</c> gives back an equal event with the same offset and scale.
/// Hand-written with <see cref="Utf8JsonWriter"/> because it runs once per accepted event.
/// </remarks>
public static class PaymentEventJson
{
    /// <summary>Writes <paramref name="paymentEvent"/> as one JSON object at the writer's current position.</summary>
    /// <param name="writer">The writer; its options (indentation, encoder) are respected for string values.</param>
    /// <param name="paymentEvent">The event to write.</param>
    public static void Write(Utf8JsonWriter writer, PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(paymentEvent);

        writer.WriteStartObject();
        writer.WriteString("id"u8, paymentEvent.Id);
        writer.WriteString("type"u8, EventTypeNames.ToWire(paymentEvent.Type));
        if (paymentEvent.PaymentId is not null)
        {
            writer.WriteString("paymentId"u8, paymentEvent.PaymentId);
        }

        writer.WriteString("accountId"u8, paymentEvent.AccountId);
        writer.WriteNumber("amount"u8, paymentEvent.Amount);
        writer.WriteString("currency"u8, paymentEvent.Currency);
        if (paymentEvent.MerchantId is not null)
        {
            writer.WriteString("merchantId"u8, paymentEvent.MerchantId);
        }

        writer.WriteString("merchantCategory"u8, paymentEvent.MerchantCategory);
        writer.WriteString("country"u8, paymentEvent.Country);
        writer.WriteString("channel"u8, PaymentChannelNames.ToWire(paymentEvent.Channel));
        WriteTimestamp(writer, paymentEvent.OccurredAt);
        writer.WriteEndObject();
    }

    /// <summary>Returns the canonical wire JSON of <paramref name="paymentEvent"/> as compact UTF-8.</summary>
    /// <param name="paymentEvent">The event to write.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] ToUtf8Bytes(PaymentEvent paymentEvent)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, paymentEvent);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteTimestamp(Utf8JsonWriter writer, DateTimeOffset value)
    {
        // The default encoder would escape '+' as \u002B; the text is plain ASCII digits and
        // punctuation, so it is written raw, quotes included.
        Span<byte> quoted = stackalloc byte[Rfc3339.MaxFormattedLength + 2];
        quoted[0] = (byte)'"';
        var length = Rfc3339.Format(value, quoted[1..]);
        quoted[length + 1] = (byte)'"';
        writer.WritePropertyName("occurredAt"u8);
        writer.WriteRawValue(quoted[..(length + 2)], skipInputValidation: true);
    }
}
