namespace Tidewater.Domain.Events;

/// <summary>Maps <see cref="EventType"/> to and from its wire name.</summary>
/// <remarks>Wire names are part of the public JSON contract: never rename them.</remarks>
public static class EventTypeNames
{
    /// <summary>The wire name of <see cref="EventType.Payment"/>.</summary>
    public const string Payment = "payment";

    /// <summary>The wire name of <see cref="EventType.Chargeback"/>.</summary>
    public const string Chargeback = "chargeback";

    /// <summary>Returns the wire name of <paramref name="type"/>.</summary>
    /// <param name="type">The event type.</param>
    /// <returns><c>payment</c> or <c>chargeback</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="EventType"/>.</exception>
    public static string ToWire(EventType type) => type switch
    {
        EventType.Payment => Payment,
        EventType.Chargeback => Chargeback,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type."),
    };

    /// <summary>Parses a wire name (case-sensitive, ordinal).</summary>
    /// <param name="utf8">The UTF-8 wire name.</param>
    /// <param name="type">The parsed type when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is a known wire name.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out EventType type)
    {
        if (utf8.SequenceEqual("payment"u8))
        {
            type = EventType.Payment;
            return true;
        }

        type = EventType.Chargeback;
        return utf8.SequenceEqual("chargeback"u8);
    }
}
