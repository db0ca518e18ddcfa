using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Accumulation;

/// <summary>One accepted event as stored in a window segment: the event, its real-time decision and how it arrived.</summary>
/// <param name="Event">The event as accepted.</param>
/// <param name="Decision">The real-time decision (its model version included).</param>
/// <param name="ReceivedAt">When the host received it; decides the window.</param>
/// <param name="LatencyMicros">Microseconds from receipt to decision.</param>
/// <param name="Source">The trigger that accepted it.</param>
public sealed record AccumulationRecord(
    PaymentEvent Event,
    RiskDecision Decision,
    DateTimeOffset ReceivedAt,
    long LatencyMicros,
    EventSource Source);
