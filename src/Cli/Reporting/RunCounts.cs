using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Reporting;

/// <summary>The counters of a run at one moment.</summary>
/// <param name="Requests">Requests (batches) finished.</param>
/// <param name="RejectedRequests">Requests answered 4xx.</param>
/// <param name="FailedRequests">Requests answered 5xx or lost to a transport error.</param>
/// <param name="Sent">Events in finished requests.</param>
/// <param name="Accepted">Events the target took.</param>
/// <param name="Rejected">Events in rejected requests.</param>
/// <param name="Failed">Events in failed requests.</param>
/// <param name="Decisions">Decisions by kind (HTTP only).</param>
public sealed record RunCounts(
    long Requests, long RejectedRequests, long FailedRequests,
    long Sent, long Accepted, long Rejected, long Failed,
    DecisionCounts Decisions);
