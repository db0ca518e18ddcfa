namespace Tidewater.App.Batch;

/// <summary>The non-deterministic part of a report: about this run, not checksummed.</summary>
/// <param name="InstanceId">The batch instance.</param>
/// <param name="PublishRequested">Whether the request allowed publishing.</param>
/// <param name="Publish">What happened to the current pointer (<see cref="ModelPublishOutcomes"/>).</param>
/// <param name="PlanId">The plan.</param>
/// <param name="DedupeId">The skip list.</param>
/// <param name="Chunks">Chunks planned.</param>
/// <param name="Failures">Chunks that failed within the tolerance.</param>
/// <param name="Cost">Cost per path.</param>
/// <param name="GeneratedAt">When the report was written.</param>
public sealed record ReportRun(
    string InstanceId,
    bool PublishRequested,
    string Publish,
    string PlanId,
    string DedupeId,
    int Chunks,
    IReadOnlyList<ReportFailure> Failures,
    ReportCost Cost,
    DateTimeOffset GeneratedAt);
