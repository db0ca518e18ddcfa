namespace Tidewater.App.Dashboard;

/// <summary>One minute of the real-time panel.</summary>
/// <param name="Start">The minute's start (UTC).</param>
/// <param name="AcceptedHttp">New events accepted over HTTP.</param>
/// <param name="AcceptedQueue">New events accepted from the queue.</param>
/// <param name="Approve">Approve decisions.</param>
/// <param name="Review">Review decisions.</param>
/// <param name="Decline">Decline decisions.</param>
/// <param name="Alerts">Alerts sent.</param>
/// <param name="Poisoned">Messages poisoned.</param>
/// <param name="P50Millis">Median duration of accepted calls (ms, bin upper bound), if any.</param>
/// <param name="P99Millis">99th percentile of the same, if any.</param>
public sealed record RealtimeMinute(
    DateTimeOffset Start, long AcceptedHttp, long AcceptedQueue, long Approve, long Review, long Decline, long Alerts, long Poisoned, double? P50Millis, double? P99Millis);
