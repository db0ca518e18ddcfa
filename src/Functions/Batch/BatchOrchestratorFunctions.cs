using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Tidewater.App.Batch;

namespace Tidewater.Functions.Batch;

/// <summary>
/// The batch orchestrators (<see cref="BatchFunctions.Orchestrators"/>): each runs the same App class the local
/// host's Durable worker runs, on Durable Functions' context. Orchestrators get no services, on either host.
/// </summary>
public static class BatchOrchestratorFunctions
{
    /// <summary>One window's batch.</summary>
    [Function(BatchOrchestrator.Name)]
    public static Task<BatchResult> BatchOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new BatchOrchestrator().RunAsync(context, context?.GetInput<BatchRequest>()!);

    /// <summary>One pass over a group of chunks.</summary>
    [Function(ChunkGroupOrchestrator.Name)]
    public static Task<ChunkGroupResult> ProcessChunkGroupAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ChunkGroupOrchestrator().RunAsync(context, context?.GetInput<ChunkGroupInput>()!);
}
