using Microsoft.DurableTask;

namespace Tidewater.App.Batch;

/// <summary>
/// One pass over a group of chunks (instance <c>{batch}-{pass}-g{n}</c>): at most
/// <see cref="ChunkGroupInput.MaxInFlight"/> chunk activities in flight, each with <see cref="BatchOrchestrator.ActivityRetry"/>.
/// A chunk that still fails is isolated and reported, never fatal to the group.
/// </summary>
/// <remarks>Deterministic: depends only on the context and its input. Its history holds one entry per chunk.</remarks>
public sealed class ChunkGroupOrchestrator : TaskOrchestrator<ChunkGroupInput, ChunkGroupResult>
{
    /// <summary>The orchestrator name.</summary>
    public const string Name = "ProcessChunkGroup";

    /// <summary>The longest failure reason kept.</summary>
    public const int MaxReasonLength = 400;

    /// <summary>Runs the group.</summary>
    public override async Task<ChunkGroupResult> RunAsync(TaskOrchestrationContext context, ChunkGroupInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        string activity = input.Work.Pass == BatchPass.Index ? IndexChunkActivity.Name : ProcessChunkActivity.Name;
        var options = BatchOrchestrator.ActivityOptions;
        var outcomes = await BoundedFanOut.RunAsync(input.Chunks, input.MaxInFlight, chunk => RunChunkAsync(context, activity, new ChunkTask(input.Work, chunk), options));
        return new ChunkGroupResult(
            [.. outcomes.Where(o => o.Result is not null).Select(o => o.Result!)],
            [.. outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!)]);
    }

    /// <summary>The reason recorded for a failed task: its error type and message, shortened.</summary>
    public static string Reason(TaskFailedException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var details = failure.FailureDetails;
        string reason = $"{details.ErrorType}: {details.ErrorMessage}";
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
    }

    private static async Task<(ChunkResult? Result, ChunkFailure? Failure)> RunChunkAsync(TaskOrchestrationContext context, string activity, ChunkTask task, TaskOptions options)
    {
        try
        {
            return (await context.CallActivityAsync<ChunkResult>(activity, task, options), null);
        }
        catch (TaskFailedException failure)
        {
            // Isolate the chunk: the batch decides, against its tolerance, whether this is fatal.
            return (null, new ChunkFailure(task.Index, task.Work.Pass, Reason(failure)));
        }
    }
}
