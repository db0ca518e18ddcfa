using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
    /// activities (the singletons <c>AddTidewater</c> registers, each wrapped in an <see cref="InstrumentedActivity"/>: logs and a span in the batch's trace).
    /// </summary>
    public static void Register(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator(BatchOrchestrator.Name, () => new BatchOrchestrator());
        registry.AddOrchestrator(ChunkGroupOrchestrator.Name, () => new ChunkGroupOrchestrator());
        AddActivity<PlanBatchActivity>(registry, PlanBatchActivity.Name);
        AddActivity<IndexChunkActivity>(registry, IndexChunkActivity.Name);
        AddActivity<ResolveDuplicatesActivity>(registry, ResolveDuplicatesActivity.Name);
        AddActivity<ProcessChunkActivity>(registry, ProcessChunkActivity.Name);
        AddActivity<MergePartialsActivity>(registry, MergePartialsActivity.Name);
        AddActivity<RefreshModelActivity>(registry, RefreshModelActivity.Name);
        AddActivity<BatchReportActivity>(registry, BatchReportActivity.Name);
    }

    private static void AddActivity<TActivity>(DurableTaskRegistry registry, string name)
        where TActivity : ITaskActivity =>
        registry.AddActivity(name, sp => new InstrumentedActivity(sp.GetRequiredService<TActivity>(), sp.GetRequiredService<ILogger<InstrumentedActivity>>()));
}
