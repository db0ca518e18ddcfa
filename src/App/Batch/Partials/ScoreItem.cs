using Tidewater.App.Accumulation;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>What the score pass needs of one counted record: the event's identity and scoring input, and the real-time decision.</summary>
/// <param name="EventId">The event id.</param>
/// <param name="AccountId">The account id.</param>
/// <param name="Type">Payment or chargeback.</param>
/// <param name="Input">The event's scoring input.</param>
/// <param name="RealtimeDecision">The stored real-time decision.</param>
/// <param name="RealtimeScore">The stored real-time score.</param>
/// <param name="RealtimeModelVersion">The model version of the real-time decision.</param>
internal readonly record struct ScoreItem(
    string EventId, string AccountId, EventType Type, ScoringInput Input, Decision RealtimeDecision, double RealtimeScore, string RealtimeModelVersion)
{
    /// <summary>The score item of a stored record.</summary>
    public static ScoreItem Of(AccumulationRecord record)
    {
        var e = record.Event;
        return new ScoreItem(e.Id, e.AccountId, e.Type, ScoringInput.Of(e), record.Decision.Decision, record.Decision.Score, record.Decision.ModelVersion);
    }
}
