using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

/// <summary>Runs the batch activities in the orchestrator's order, directly (no engine), to test them on Azurite.</summary>
internal sealed class BatchSteps(BatchHost host)
{
    private static readonly CancellationToken None = CancellationToken.None;

    public Task<BatchPlan> PlanAsync(BatchRequest request) =>
        host.Get<PlanBatchActivity>().RunAsync(new PlanBatchInput("test", request), None);

    public async Task<DuplicateResolution> IndexAndResolveAsync(BatchPlan plan)
    {
        var work = new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Index);
        foreach (int chunk in Enumerable.Range(0, plan.ChunkCount))
        {
            await host.Get<IndexChunkActivity>().RunAsync(new ChunkTask(work, chunk), None);
        }

        return await host.Get<ResolveDuplicatesActivity>().RunAsync(
            new ResolveDuplicatesInput(plan.WindowId, plan.WindowMinutes, plan.PlanId, [.. Enumerable.Range(0, plan.ChunkCount)], true), None);
    }

    public async Task<MergedPartial> PassAsync(ChunkWork work, int chunkCount)
    {
        foreach (int chunk in Enumerable.Range(0, chunkCount))
        {
            await host.Get<ProcessChunkActivity>().RunAsync(new ChunkTask(work, chunk), None);
        }

        return await host.Get<MergePartialsActivity>().RunAsync(new MergePartialsInput(work, [.. Enumerable.Range(0, chunkCount)]), None);
    }

    public Task<ModelRefreshResult> RefreshAsync(BatchPlan plan, ChunkWork stats, MergedPartial merged, bool publish) =>
        host.Get<RefreshModelActivity>().RunAsync(
            new RefreshModelInput("test", stats, merged.Blob, [.. Enumerable.Range(0, plan.ChunkCount)], plan.WindowMinutes, plan.ModelPinned, publish), None);

    /// <summary>Plan, dedupe, stats pass and merge: what the refresh needs.</summary>
    public async Task<(BatchPlan Plan, DuplicateResolution Duplicates, ChunkWork Stats, MergedPartial Merged)> UpToRefreshAsync(BatchRequest request)
    {
        var plan = await PlanAsync(request);
        var duplicates = await IndexAndResolveAsync(plan);
        var stats = new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Stats, plan.ModelVersion, duplicates.DedupeId);
        return (plan, duplicates, stats, await PassAsync(stats, plan.ChunkCount));
    }

    public async Task<BatchPartial> ReadPartialAsync(string blob) =>
        Tidewater.App.Batch.BatchBlobs.Deserialize(
            (await host.Storage.Batch.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToMemory().Span, BatchJsonContext.Default.BatchPartial, blob);
}
