namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="BatchReportActivity"/>: references to everything the batch produced.</summary>
/// <param name="InstanceId">The batch instance; names the report blobs.</param>
/// <param name="Request">The request.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Duplicates">The dedupe counts.</param>
/// <param name="Stats">The merged stats pass.</param>
/// <param name="Score">The merged score pass.</param>
/// <param name="Model">The model refresh.</param>
/// <param name="Failures">Chunks that failed, within the tolerance.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record BatchReportInput(
    string InstanceId,
    BatchRequest Request,
    BatchPlan Plan,
    DuplicateResolution Duplicates,
    MergedPartial Stats,
    MergedPartial Score,
    ModelRefreshResult Model,
    IReadOnlyList<ChunkFailure> Failures);
