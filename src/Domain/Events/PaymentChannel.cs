namespace Tidewater.Domain.Events;

/// <summary>How a payment reached the merchant.</summary>
/// <remarks>Wire names are <c>card_present</c>, <c>ecommerce</c> and <c>transfer</c>; see <see cref="PaymentChannelNames"/>.</remarks>
public enum PaymentChannel
{
    /// <summary>The card was physically present at the terminal (the lowest-risk reference channel).</summary>
    CardPresent,

    /// <summary>An online card-not-present payment.</summary>
    Ecommerce,

    /// <summary>An account-to-account transfer.</summary>
    Transfer,
}
