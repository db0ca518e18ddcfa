namespace Tidewater.App.Batch;

/// <summary>A chargeback counted in a window, naming the payment it disputes (the label of that payment).</summary>
/// <param name="EventId">The chargeback's id.</param>
/// <param name="PaymentId">The disputed payment's id.</param>
public sealed record ChargebackRef(string EventId, string PaymentId);
