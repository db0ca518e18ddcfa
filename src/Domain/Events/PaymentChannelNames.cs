namespace Tidewater.Domain.Events;

/// <summary>Maps <see cref="PaymentChannel"/> to and from its wire name.</summary>
/// <remarks>Wire names are part of the public JSON contract: never rename them.</remarks>
public static class PaymentChannelNames
{
    /// <summary>The wire name of <see cref="PaymentChannel.CardPresent"/>.</summary>
    public const string CardPresent = "card_present";

    /// <summary>The wire name of <see cref="PaymentChannel.Ecommerce"/>.</summary>
    public const string Ecommerce = "ecommerce";

    /// <summary>The wire name of <see cref="PaymentChannel.Transfer"/>.</summary>
    public const string Transfer = "transfer";

    /// <summary>Returns the wire name of <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><c>card_present</c>, <c>ecommerce</c> or <c>transfer</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="PaymentChannel"/>.</exception>
    public static string ToWire(PaymentChannel channel) => channel switch
    {
        PaymentChannel.CardPresent => CardPresent,
        PaymentChannel.Ecommerce => Ecommerce,
        PaymentChannel.Transfer => Transfer,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown payment channel."),
    };

    /// <summary>Parses a wire name (case-sensitive, ordinal).</summary>
    /// <param name="utf8">The UTF-8 wire name.</param>
    /// <param name="channel">The parsed channel when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is a known wire name.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out PaymentChannel channel)
    {
        if (utf8.SequenceEqual("card_present"u8))
        {
            channel = PaymentChannel.CardPresent;
            return true;
        }

        if (utf8.SequenceEqual("ecommerce"u8))
        {
            channel = PaymentChannel.Ecommerce;
            return true;
        }

        channel = PaymentChannel.Transfer;
        return utf8.SequenceEqual("transfer"u8);
    }
}
