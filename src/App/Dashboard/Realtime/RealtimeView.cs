using Tidewater.App.Batch;

namespace Tidewater.App.Dashboard;

/// <summary>
/// The real-time panel: what this host's real-time path recorded on the "Tidewater" meter in the last hour, per minute
/// and in total. Only this process's calls: other instances of the app have their own.
/// </summary>
/// <param name="ObservingSince">When this host started recording (minutes before it are empty, not quiet).</param>
/// <param name="Minutes">The last 60 minutes, oldest first, ending with the current one.</param>
/// <param name="AcceptedHttp">New events accepted over HTTP in the hour.</param>
/// <param name="AcceptedQueue">New events accepted from the queue in the hour.</param>
/// <param name="Duplicates">Repeated ids answered with their first decision.</param>
/// <param name="Rejected">Events refused as invalid.</param>
/// <param name="Failed">Events storage could not take (503, or the message retried).</param>
/// <param name="Decisions">Decisions made for new events.</param>
/// <param name="P50Millis">Median duration of accepted calls (ms, within one 9% bin), if any.</param>
/// <param name="P99Millis">99th percentile of the same, if any.</param>
/// <param name="Alerts">Alerts sent.</param>
/// <param name="Poisoned">Messages poisoned, by reason.</param>
public sealed record RealtimeView(
    DateTimeOffset ObservingSince,
    IReadOnlyList<RealtimeMinute> Minutes,
    long AcceptedHttp,
    long AcceptedQueue,
    long Duplicates,
    long Rejected,
    long Failed,
    DecisionCounts Decisions,
    double? P50Millis,
    double? P99Millis,
    long Alerts,
    IReadOnlyDictionary<string, long> Poisoned);
