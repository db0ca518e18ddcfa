using System.Globalization;
using Microsoft.DurableTask;

namespace Tidewater.App.Batch;

/// <summary>
/// The orchestrator's bookkeeping of one batch: which chunks are still in, which failed, and the progress shown as
/// custom status. Runs each pass as group sub-orchestrations with fixed ids <c>{batch}-{pass}-g{n}</c>, one group
/// after another, so at most <see cref="BatchSettings.MaxChunksInFlight"/> chunk activities run at once.
/// </summary>
internal sealed class BatchRun(TaskOrchestrationContext context, BatchPlan plan)
{
    private readonly List<ChunkFailure> _failures = [];
    private List<int> _active = [.. Enumerable.Range(0, plan.ChunkCount)];
    private BatchProgress _progress = new(BatchPhases.Planning, 0, 0, 0, plan.Records);

    /// <summary>The chunks no pass has failed, in plan order (a copy).</summary>
    public IReadOnlyList<int> Active => [.. _active];

    /// <summary>Every chunk failure so far, in the order they were reported.</summary>
    public IReadOnlyList<ChunkFailure> Failures => [.. _failures];

    /// <summary>Shows <paramref name="phase"/>, keeping the last pass's chunk counts.</summary>
    public void SetPhase(string phase) => Publish(_progress with { Phase = phase });

    /// <summary>Runs one pass over the active chunks and drops the ones that fail.</summary>
    /// <exception cref="BatchFailedException">The failures so far exceed the tolerance.</exception>
    public async Task PassAsync(ChunkWork work, string phase)
    {
        int[] chunks = [.. _active];
        int size = plan.Settings.ChunkGroupSize;
        int done = 0;
        long items = 0;
        var failedNow = new HashSet<int>();
        Publish(new BatchProgress(phase, 0, chunks.Length, 0, plan.Records, _failures.Count, plan.ModelVersion));
        for (int group = 0; group * size < chunks.Length; group++)
        {
            int[] members = chunks[(group * size)..Math.Min(chunks.Length, (group + 1) * size)];
            var result = await RunGroupAsync(work, group, members);
            done += members.Length;
            items += result.Completed.Sum(c => c.Records);
            foreach (var failure in result.Failed)
            {
                _failures.Add(failure);
                failedNow.Add(failure.Index);
            }

            Publish(new BatchProgress(phase, done, chunks.Length, items, plan.Records, _failures.Count, plan.ModelVersion));
        }

        _active = [.. _active.Where(chunk => !failedNow.Contains(chunk))];
        if (_failures.Count * 100.0 > plan.Settings.ToleratedFailurePercent * plan.ChunkCount)
        {
            throw new BatchFailedException(_failures, plan.ChunkCount, plan.Settings.ToleratedFailurePercent);
        }
    }

    /// <summary>The fixed instance id of a group: <c>{batch}-{pass}-g{n}</c>.</summary>
    public static string GroupInstanceId(string batchInstanceId, BatchPass pass, int group) =>
        string.Create(CultureInfo.InvariantCulture, $"{batchInstanceId}-{BatchLayout.PassName(pass)}-g{group}");

    private async Task<ChunkGroupResult> RunGroupAsync(ChunkWork work, int group, int[] members)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<ChunkGroupResult>(
                ChunkGroupOrchestrator.Name,
                new ChunkGroupInput(work, members, plan.Settings.MaxChunksInFlight),
                new SubOrchestrationOptions { InstanceId = GroupInstanceId(context.InstanceId, work.Pass, group) });
        }
        catch (TaskFailedException failure)
        {
            // The group itself failed (it isolates chunk failures, so this is unexpected): all its chunks count as failed.
            string reason = ChunkGroupOrchestrator.Reason(failure);
            return new ChunkGroupResult([], [.. members.Select(chunk => new ChunkFailure(chunk, work.Pass, reason))]);
        }
    }

    private void Publish(BatchProgress progress)
    {
        _progress = progress;
        context.SetCustomStatus(progress);
    }
}
