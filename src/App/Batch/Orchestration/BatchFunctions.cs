using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;

namespace Tidewater.App.Batch;

/// <summary>
/// The batch path's orchestrators and activities by name, written once: the local host's Durable worker registers
/// them with <see cref="Register"/>; the Functions app declares one <c>[Function]</c> per name below, each calling
/// the same class.
/// </summary>
public static class BatchFunctions
{
    /// <summary>Every orchestrator name of the batch path.</summary>
    public static IReadOnlyList<string> Orchestrators { get; } = [BatchOrchestrator.Name, ChunkGroupOrchestrator.Name];

    /// <summary>Every activity name of the batch path.</summary>
    public static IReadOnlyList<string> Activities { get; } =
    [
        PlanBatchActivity.Name, IndexChunkActivity.Name, ResolveDuplicatesActivity.Name, ProcessChunkActivity.Name,
        MergePartialsActivity.Name, RefreshModelActivity.Name, BatchReportActivity.Name,
    ];

    /// <summary>
    /// Maps the batch's names to its orchestrators (new per episode, no services, as under Durable Functions) and
    /// activities (the singletons <c>AddTidewater</c> registers).
    /// </summary>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator(BatchOrchestrator.Name, () => new BatchOrchestrator());
        registry.AddOrchestrator(ChunkGroupOrchestrator.Name, () => new ChunkGroupOrchestrator());
        registry.AddActivity(PlanBatchActivity.Name, sp => sp.GetRequiredService<PlanBatchActivity>());
        registry.AddActivity(IndexChunkActivity.Name, sp => sp.GetRequiredService<IndexChunkActivity>());
        registry.AddActivity(ResolveDuplicatesActivity.Name, sp => sp.GetRequiredService<ResolveDuplicatesActivity>());
        registry.AddActivity(ProcessChunkActivity.Name, sp => sp.GetRequiredService<ProcessChunkActivity>());
        registry.AddActivity(MergePartialsActivity.Name, sp => sp.GetRequiredService<MergePartialsActivity>());
        registry.AddActivity(RefreshModelActivity.Name, sp => sp.GetRequiredService<RefreshModelActivity>());
        registry.AddActivity(BatchReportActivity.Name, sp => sp.GetRequiredService<BatchReportActivity>());
    }
}
