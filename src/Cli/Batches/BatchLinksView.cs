namespace Tidewater.Cli.Batches;

/// <summary>A batch's management links (Durable's check-status shape plus redrive and the report).</summary>
public sealed record BatchLinksView(
    string? Id,
    Uri? StatusQueryGetUri,
    Uri? TerminatePostUri,
    Uri? PurgeHistoryDeleteUri,
    Uri? RedrivePostUri,
    Uri? ReportGetUri);
