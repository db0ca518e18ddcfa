namespace Tidewater.Cli.Batches;

/// <summary>A completed batch's output: counts, models in and out, the checksum and the report blobs.</summary>
public sealed record BatchResultView(
    string? WindowId,
    string? ModelIn,
    string? ModelOut,
    string? Publish,
    long Records,
    long Events,
    int FailedChunks,
    string? Checksum,
    string? Report,
    string? ReportHtml);
