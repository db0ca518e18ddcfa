namespace Tidewater.App.Dashboard;

/// <summary>What the timeline takes from a finished batch's report.</summary>
/// <param name="Events">Events counted once each.</param>
/// <param name="Compared">Events whose real-time and batch decisions were compared.</param>
/// <param name="Differing">Events whose decisions differ.</param>
internal sealed record ReportDigest(long Events, long Compared, long Differing);
