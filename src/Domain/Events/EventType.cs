namespace Tidewater.Domain.Events;

/// <summary>The kind of a <see cref="PaymentEvent"/>.</summary>
/// <remarks>Wire names are <c>payment</c> and <c>chargeback</c>; see <see cref="EventTypeNames"/>.</remarks>
public enum EventType
{
    /// <summary>A payment made by an account.</summary>
    Payment,

    /// <summary>A dispute of an earlier payment, named by <see cref="PaymentEvent.PaymentId"/>.</summary>
    Chargeback,
}
