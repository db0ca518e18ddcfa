namespace Tidewater.Domain.Events;

/// <summary>One payment or chargeback, as accepted from a client.</summary>
/// <param name="Id">The event id: 1-128 characters of <c>[A-Za-z0-9._:-]</c>, unique per event.</param>
/// <param name="Type">Whether this is a payment or a chargeback.</param>
/// <param name="PaymentId">The disputed payment's id; required for chargebacks, optional otherwise.</param>
/// <param name="AccountId">The paying account: 1-64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
/// <param name="Amount">The amount in major units of <paramref name="Currency"/>, with its exact decimal digits.</param>
/// <param name="Currency">An active ISO 4217 code, e.g. <c>EUR</c>.</param>
/// <param name="MerchantId">The merchant, when known: 1-64 characters of <c>[A-Za-z0-9._:-]</c>.</param>
/// <param name="MerchantCategory">The ISO 18245 merchant category code: exactly 4 digits.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country where the payment happened.</param>
/// <param name="Channel">How the payment reached the merchant.</param>
/// <param name="OccurredAt">When it happened, with the offset the client sent.</param>
/// <remarks>
/// The record holds values only; <c>PaymentEventParser</c> is the one place that enforces the rules on input.
/// Record equality compares <paramref name="OccurredAt"/> as an instant (it ignores the offset), and
/// <paramref name="Amount"/> by value (<c>1.5</c> equals <c>1.50</c>); the wire form keeps both exactly.
/// </remarks>
public sealed record PaymentEvent(
    string Id,
    EventType Type,
    string? PaymentId,
    string AccountId,
    decimal Amount,
    string Currency,
    string? MerchantId,
    string MerchantCategory,
    string Country,
    PaymentChannel Channel,
    DateTimeOffset OccurredAt);
