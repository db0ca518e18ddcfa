using Tidewater.Domain.Events;

namespace Tidewater.Domain.Scoring;

/// <summary>
/// The parts of an event its features depend on (<see cref="FeatureExtractor"/>): what a batch keeps of a stored
/// event to score it again without parsing it again.
/// </summary>
/// <param name="Amount">The amount in major units, as the features read it.</param>
/// <param name="Country">The country code.</param>
/// <param name="MerchantCategory">The merchant category code.</param>
/// <param name="Channel">The channel.</param>
/// <param name="HourUtc">The hour of <see cref="PaymentEvent.OccurredAt"/> in UTC, 0 to 23.</param>
public readonly record struct ScoringInput(double Amount, string Country, string MerchantCategory, PaymentChannel Channel, int HourUtc)
{
    /// <summary>The scoring input of <paramref name="paymentEvent"/>.</summary>
    /// <param name="paymentEvent">The event.</param>
    /// <returns>Its scoring input.</returns>
    public static ScoringInput Of(PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        return new ScoringInput(
            (double)paymentEvent.Amount, paymentEvent.Country, paymentEvent.MerchantCategory, paymentEvent.Channel, paymentEvent.OccurredAt.UtcDateTime.Hour);
    }
}
