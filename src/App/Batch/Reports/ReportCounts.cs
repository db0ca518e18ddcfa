namespace Tidewater.App.Batch;

/// <summary>What the window held and what was counted.</summary>
/// <param name="Records">Records (lines) in the window's segments.</param>
/// <param name="Events">Events counted, each id once.</param>
/// <param name="Payments">Payments among them.</param>
/// <param name="Chargebacks">Chargebacks among them.</param>
/// <param name="Malformed">Records that could not be read.</param>
/// <param name="DuplicatesInWindow">Repeats of an id within the window, not counted.</param>
/// <param name="DuplicatesOfPreviousWindow">Records whose id the previous window holds, not counted.</param>
public sealed record ReportCounts(long Records, long Events, long Payments, long Chargebacks, long Malformed, long DuplicatesInWindow, long DuplicatesOfPreviousWindow);
