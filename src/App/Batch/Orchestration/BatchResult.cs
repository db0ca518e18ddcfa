namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="BatchOrchestrator"/>.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="ModelIn">The model the batch started with.</param>
/// <param name="ModelOut">The refreshed model the second pass scored with.</param>
/// <param name="Publish">What happened to the current pointer (<see cref="ModelPublishOutcomes"/>).</param>
/// <param name="Records">Records in the window.</param>
/// <param name="Events">Events counted once each.</param>
/// <param name="FailedChunks">Chunks that failed within the tolerance.</param>
/// <param name="Checksum">The report's checksum.</param>
/// <param name="Report">The JSON report blob.</param>
/// <param name="ReportHtml">The HTML report blob.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record BatchResult(
    string WindowId,
    string ModelIn,
    string ModelOut,
    string Publish,
    long Records,
    long Events,
    int FailedChunks,
    string Checksum,
    string Report,
    string ReportHtml);
