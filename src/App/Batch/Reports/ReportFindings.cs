namespace Tidewater.App.Batch;

/// <summary>
/// The deterministic part of a report: everything that follows from the window's segments and the model versions,
/// and nothing about the run (no times, CPU, instance or plan ids, publishing). Its canonical JSON is checksummed:
/// the same window with the same model gives the same checksum.
/// </summary>
/// <param name="WindowId">The window.</param>
/// <param name="WindowMinutes">Its length.</param>
/// <param name="Segments">The manifest: every segment with its record count and SHA-256.</param>
/// <param name="Counts">What was counted.</param>
/// <param name="RealtimeDecisions">The stored real-time decisions.</param>
/// <param name="BatchDecisions">The decisions under the refreshed model.</param>
/// <param name="ScoreHistogram">Batch scores.</param>
/// <param name="TopRiskyAccounts">Accounts with the highest batch payment score.</param>
/// <param name="Reconciliation">Batch decisions against real-time ones.</param>
/// <param name="RealtimeLatency">The real-time path's latency.</param>
/// <param name="Models">Model versions in and out.</param>
/// <remarks>WARNING: changing this shape changes every checksum; add fields only with a new report schema.</remarks>
public sealed record ReportFindings(
    string WindowId,
    int WindowMinutes,
    IReadOnlyList<SegmentInfo> Segments,
    ReportCounts Counts,
    DecisionCounts RealtimeDecisions,
    DecisionCounts BatchDecisions,
    IReadOnlyList<ScoreBin> ScoreHistogram,
    IReadOnlyList<RiskyAccount> TopRiskyAccounts,
    ReconciliationCounts Reconciliation,
    LatencySummary RealtimeLatency,
    ReportModels Models);
