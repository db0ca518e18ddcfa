using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Tidewater.App.Batch;
using Tidewater.Functions.Orchestration;

namespace Tidewater.Functions.Batch;

/// <summary>
/// The batch orchestrators (<see cref="BatchFunctions.Orchestrators"/>): Durable's context wrapped in our port, then
/// the same App orchestrator the local engine runs. Orchestrators get no services, as under the local engine.
/// </summary>
public static class BatchOrchestratorFunctions
{
    /// <summary>One window's batch.</summary>
    [Function(BatchOrchestrator.Name)]
    public static Task<BatchResult> BatchOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.GetInput<BatchRequest>() ?? throw new ArgumentException("A batch needs a BatchRequest input.", nameof(context));
        return new BatchOrchestrator().RunAsync(new DurableOrchestrationContextAdapter(context), request);
    }

    /// <summary>One pass over a group of chunks.</summary>
    [Function(ChunkGroupOrchestrator.Name)]
    public static Task<ChunkGroupResult> ProcessChunkGroupAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = context.GetInput<ChunkGroupInput>() ?? throw new ArgumentException("A chunk group needs its input.", nameof(context));
        return new ChunkGroupOrchestrator().RunAsync(new DurableOrchestrationContextAdapter(context), input);
    }
}
