using Microsoft.Extensions.DependencyInjection;
using Tidewater.Orchestration.Engine;

namespace Tidewater.App.Batch;

/// <summary>
/// The batch path's orchestrators and activities by name: what a host registers with its engine. The local host passes
/// <see cref="Register"/> to <c>AddLocalOrchestrationEngine</c>; the Functions app declares one <c>[Function]</c> per
/// name below, calling the same classes.
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

    /// <summary>Maps the batch's names to its orchestrators (no services, as under Durable) and activities (services of the call's scope).</summary>
    public static void Register(OrchestrationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<BatchRequest, BatchResult>(BatchOrchestrator.Name, (context, request) =>
            new BatchOrchestrator().RunAsync(context, request ?? throw new ArgumentException("A batch needs a BatchRequest input.", nameof(request))));
        registry.AddOrchestrator<ChunkGroupInput, ChunkGroupResult>(ChunkGroupOrchestrator.Name, (context, input) =>
            new ChunkGroupOrchestrator().RunAsync(context, input ?? throw new ArgumentException("A chunk group needs its input.", nameof(input))));
        registry.AddActivity<PlanBatchInput, BatchPlan>(PlanBatchActivity.Name, (services, input, token) => services.GetRequiredService<PlanBatchActivity>().RunAsync(input, token));
        registry.AddActivity<ChunkTask, ChunkResult>(IndexChunkActivity.Name, (services, input, token) => services.GetRequiredService<IndexChunkActivity>().RunAsync(input, token));
        registry.AddActivity<ResolveDuplicatesInput, DuplicateResolution>(ResolveDuplicatesActivity.Name, (services, input, token) => services.GetRequiredService<ResolveDuplicatesActivity>().RunAsync(input, token));
        registry.AddActivity<ChunkTask, ChunkResult>(ProcessChunkActivity.Name, (services, input, token) => services.GetRequiredService<ProcessChunkActivity>().RunAsync(input, token));
        registry.AddActivity<MergePartialsInput, MergedPartial>(MergePartialsActivity.Name, (services, input, token) => services.GetRequiredService<MergePartialsActivity>().RunAsync(input, token));
        registry.AddActivity<RefreshModelInput, ModelRefreshResult>(RefreshModelActivity.Name, (services, input, token) => services.GetRequiredService<RefreshModelActivity>().RunAsync(input, token));
        registry.AddActivity<BatchReportInput, BatchReportResult>(BatchReportActivity.Name, (services, input, token) => services.GetRequiredService<BatchReportActivity>().RunAsync(input, token));
    }
}
