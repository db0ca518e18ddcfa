using Microsoft.DurableTask;

namespace Tidewater.App.Batch;

/// <summary>
/// One window's batch (see <c>docs/batch.md</c>): plan, index ids, resolve duplicates, first pass, merge, refresh the
/// model, second pass with the refreshed model, merge, report. Chunk passes fan out by groups
/// (<see cref="ChunkGroupOrchestrator"/>); only references to blobs travel through history.
/// </summary>
/// <remarks>
/// Deterministic: it depends only on its <see cref="TaskOrchestrationContext"/> and input, reads its options from the
/// plan (recorded in history), and does no I/O, so replays on Durable Functions and on the local host's Durable engine
/// take the same path. Chunks that fail after their retries are dropped from later passes and listed; more
/// than <see cref="BatchSettings.ToleratedFailurePercent"/> of them fail the batch with <see cref="BatchFailedException"/>.
/// </remarks>
public sealed class BatchOrchestrator : TaskOrchestrator<BatchRequest, BatchResult>
{
    /// <summary>The orchestrator name.</summary>
    public const string Name = "BatchOrchestrator";

    /// <summary>
    /// The retry policy of every batch activity: 4 attempts, waiting 1 s, 2 s, 4 s (doubling, at most 30 s). An
    /// <see cref="ArgumentException"/> (a request or task that can never succeed) is not retried.
    /// </summary>
    public static RetryPolicy ActivityRetry { get; } = new(4, TimeSpan.FromSeconds(1), 2.0, TimeSpan.FromSeconds(30))
    {
        HandleFailure = failure => !failure.IsCausedBy<ArgumentException>(),
    };

    /// <summary>The task options of every batch activity: <see cref="ActivityRetry"/>.</summary>
    public static TaskOptions ActivityOptions { get; } = TaskOptions.FromRetryPolicy(ActivityRetry);

    /// <summary>Runs the batch of <paramref name="request"/>.</summary>
    /// <exception cref="BatchFailedException">More chunks failed than tolerated.</exception>
    /// <exception cref="TaskFailedException">A whole-batch activity (plan, dedupe, merge, refresh, report) failed after its retries.</exception>
    public override async Task<BatchResult> RunAsync(TaskOrchestrationContext context, BatchRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var options = ActivityOptions;
        context.SetCustomStatus(new BatchProgress(BatchPhases.Planning, 0, 0, 0, 0));
        var plan = await context.CallActivityAsync<BatchPlan>(PlanBatchActivity.Name, new PlanBatchInput(context.InstanceId, request), options);
        var run = new BatchRun(context, plan);

        await run.PassAsync(new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Index), BatchPhases.Indexing);
        run.SetPhase(BatchPhases.Deduplicating);
        var duplicates = await context.CallActivityAsync<DuplicateResolution>(
            ResolveDuplicatesActivity.Name,
            new ResolveDuplicatesInput(plan.WindowId, plan.WindowMinutes, plan.PlanId, run.Active, run.Failures.Count == 0),
            options);

        var statsWork = new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Stats, plan.ModelVersion, duplicates.DedupeId);
        await run.PassAsync(statsWork, BatchPhases.Processing);
        var statsChunks = run.Active;
        run.SetPhase(BatchPhases.Merging);
        var stats = await context.CallActivityAsync<MergedPartial>(MergePartialsActivity.Name, new MergePartialsInput(statsWork, statsChunks), options);
        run.SetPhase(BatchPhases.Refreshing);
        var model = await context.CallActivityAsync<ModelRefreshResult>(
            RefreshModelActivity.Name,
            new RefreshModelInput(context.InstanceId, statsWork, stats.Blob, statsChunks, plan.WindowMinutes, plan.ModelPinned, request.PublishModel),
            options);

        var scoreWork = statsWork with { Pass = BatchPass.Score, ModelVersion = model.ModelOut };
        await run.PassAsync(scoreWork, BatchPhases.Scoring);
        run.SetPhase(BatchPhases.Merging);
        var score = await context.CallActivityAsync<MergedPartial>(MergePartialsActivity.Name, new MergePartialsInput(scoreWork, run.Active), options);
        run.SetPhase(BatchPhases.Reporting);
        var report = await context.CallActivityAsync<BatchReportResult>(
            BatchReportActivity.Name,
            new BatchReportInput(context.InstanceId, request, plan, duplicates, stats, score, model, run.Failures),
            options);

        run.SetPhase(BatchPhases.Completed);
        return new BatchResult(
            plan.WindowId, plan.ModelVersion, model.ModelOut, model.Publish, plan.Records, stats.Events, run.Failures.Count,
            report.Checksum, report.JsonBlob, report.HtmlBlob);
    }
}
