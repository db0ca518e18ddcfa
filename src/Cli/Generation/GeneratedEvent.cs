using Tidewater.Domain.Events;

namespace Tidewater.Cli.Generation;

/// <summary>One generated event and its ground truth.</summary>
/// <param name="Event">The event as it is sent.</param>
/// <param name="Label">Why it was generated; never sent.</param>
public sealed record GeneratedEvent(PaymentEvent Event, TrafficLabel Label)
{
    /// <summary>Gets a value indicating whether the event is a fraudulent payment.</summary>
    public bool IsFraud => Label is TrafficLabel.AccountTakeover or TrafficLabel.CardTesting;
}
