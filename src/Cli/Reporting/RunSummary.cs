namespace Tidewater.Cli.Reporting;

/// <summary>Everything the summary of a <c>send</c> run reports.</summary>
/// <param name="Target">The target's description.</param>
/// <param name="Counts">The final counters.</param>
/// <param name="Elapsed">From the first request's start to the last answer.</param>
/// <param name="TargetRate">The requested event rate, or null for as fast as possible.</param>
/// <param name="BatchSize">Events per request.</param>
/// <param name="Concurrency">Requests in flight at most.</param>
/// <param name="ReportsDecisions">Whether the target answers with decisions (HTTP).</param>
/// <param name="Completed">False when the run was cancelled.</param>
/// <param name="Latency">Latency from the scheduled (open loop) or actual (as fast as possible) send time.</param>
/// <param name="ServiceTime">Latency from the actual send time.</param>
/// <param name="DispatchLag">How late requests left compared with their schedule.</param>
/// <param name="Details">Distinct rejection and failure details with their counts.</param>
public sealed record RunSummary(
    string Target,
    RunCounts Counts,
    TimeSpan Elapsed,
    double? TargetRate,
    int BatchSize,
    int Concurrency,
    bool ReportsDecisions,
    bool Completed,
    LatencySummary? Latency,
    LatencySummary? ServiceTime,
    LatencySummary? DispatchLag,
    IReadOnlyList<KeyValuePair<string, int>> Details)
{
    /// <summary>Gets the achieved rate: events finished per second of the run.</summary>
    public double AchievedRate => Elapsed > TimeSpan.Zero ? Counts.Sent / Elapsed.TotalSeconds : 0;

    /// <summary>Gets the process exit code for this run; see <see cref="ExitCodes"/>.</summary>
    public int ExitCode =>
        !Completed ? ExitCodes.Cancelled
        : Counts.FailedRequests > 0 ? ExitCodes.Failed
        : Counts.RejectedRequests > 0 ? ExitCodes.Rejected
        : ExitCodes.Success;
}
