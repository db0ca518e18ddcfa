using Tidewater.App.Accumulation;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Telemetry;

/// <summary>
/// Tag (attribute) names and their values, each a constant string so recording a measurement allocates nothing.
/// Every value set is small and fixed: no event, account or message id is ever a metric tag.
/// </summary>
public static class TelemetryTags
{
    /// <summary>Which real-time trigger: <c>http</c> or <c>queue</c>.</summary>
    public const string Source = "tidewater.source";

    /// <summary>What became of an event, call, append or batch (values per instrument, <c>docs/telemetry.md</c>).</summary>
    public const string Outcome = "tidewater.outcome";

    /// <summary>A risk decision: <c>approve</c>, <c>review</c> or <c>decline</c>.</summary>
    public const string Decision = "tidewater.decision";

    /// <summary>Why a message was poisoned (<see cref="Queues.PoisonCause"/>).</summary>
    public const string PoisonReason = "tidewater.poison.reason";

    /// <summary>The model version the real-time path serves.</summary>
    public const string ModelVersion = "tidewater.model.version";

    /// <summary>The value of <see cref="Source"/> for <paramref name="source"/>.</summary>
    public static string SourceName(EventSource source) => source == EventSource.Queue ? "queue" : "http";

    /// <summary>The value of <see cref="Decision"/> for <paramref name="decision"/>.</summary>
    public static string DecisionName(Decision decision) => decision switch
    {
        Domain.Scoring.Decision.Decline => DecisionNames.Decline,
        Domain.Scoring.Decision.Review => DecisionNames.Review,
        _ => DecisionNames.Approve,
    };
}
