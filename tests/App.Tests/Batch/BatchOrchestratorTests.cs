using System.Text.Json;
using Microsoft.DurableTask.Client;
using Tidewater.App.Batch;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Batch;

/// <summary>The batch orchestrators on Durable Task's in-memory engine, with activities answered in memory.</summary>
public sealed class BatchOrchestratorTests
{
    [Fact]
    public async Task Batch_HappyPath_PlansIndexesResolvesProcessesMergesRefreshesScoresAndReports()
    {
        await using var harness = new OrchestratorHarness(chunks: 5, groupSize: 2);
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        string[] chunk = [IndexChunkActivity.Name, ProcessChunkActivity.Name];
        string[] expected =
        [
            PlanBatchActivity.Name, ResolveDuplicatesActivity.Name, MergePartialsActivity.Name, RefreshModelActivity.Name,
            MergePartialsActivity.Name, BatchReportActivity.Name,
        ];
        Assert.Equal(expected, harness.Calls.Where(c => !chunk.Contains(c)));
        Assert.Equal(
            [PlanBatchActivity.Name, .. Enumerable.Repeat(IndexChunkActivity.Name, 5), ResolveDuplicatesActivity.Name, .. Enumerable.Repeat(ProcessChunkActivity.Name, 5)],
            harness.Calls.Take(12));
        var result = done.ReadOutputAs<BatchResult>()!;
        Assert.Equal(("v0", "v-new", "sum", 0), (result.ModelIn, result.ModelOut, result.Checksum, result.FailedChunks));
    }

    [Fact]
    public async Task Batch_Passes_UseFixedChildIdsAndTheRightModelPerPass()
    {
        await using var harness = new OrchestratorHarness(chunks: 3, groupSize: 2);
        await harness.StartAsync();

        await harness.RunAsync();

        string id = OrchestratorHarness.InstanceId;
        Assert.Equal(
            [$"{id}-index-g0", $"{id}-index-g1", $"{id}-score-g0", $"{id}-score-g1", $"{id}-stats-g0", $"{id}-stats-g1"],
            await harness.ChildIdsAsync());
        Assert.All(harness.ChunkTasks.Where(t => t.Work.Pass == BatchPass.Stats), t => Assert.Equal(("v0", "dedupe1"), (t.Work.ModelVersion, t.Work.DedupeId)));
        Assert.All(harness.ChunkTasks.Where(t => t.Work.Pass == BatchPass.Score), t => Assert.Equal("v-new", t.Work.ModelVersion));
        Assert.Equal(9, harness.ChunkTasks.Count);
    }

    [Fact]
    public async Task Batch_ChunkFailingOnce_IsRetriedAndSucceeds()
    {
        await using var harness = new OrchestratorHarness(chunks: 3)
        {
            ChunkFails = (pass, chunk, attempt) => (pass, chunk, attempt) is (BatchPass.Index, 1, 1) ? new IOException("blip") : null,
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(0, done.ReadOutputAs<BatchResult>()!.FailedChunks);
        Assert.Equal(2, harness.Attempts(BatchPass.Index, 1));
    }

    [Fact]
    public async Task Batch_FailuresWithinTolerance_CompletesWithoutThoseChunksAndListsThem()
    {
        await using var harness = new OrchestratorHarness(chunks: 10, tolerance: 20)
        {
            ChunkFails = (pass, chunk, _) => pass == BatchPass.Index && chunk is 3 or 7 ? new IOException($"chunk {chunk} unreadable") : null,
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(2, done.ReadOutputAs<BatchResult>()!.FailedChunks);
        var failures = harness.Report!.Failures;
        Assert.Equal([(3, BatchPass.Index), (7, BatchPass.Index)], failures.Select(f => (f.Index, f.Pass)));
        Assert.Contains("System.IO.IOException: chunk 3 unreadable", failures[0].Reason, StringComparison.Ordinal);
        Assert.Equal(BatchOrchestrator.ActivityRetry.MaxNumberOfAttempts, harness.Attempts(BatchPass.Index, 3));
        Assert.DoesNotContain(harness.ChunkTasks, t => t.Work.Pass != BatchPass.Index && t.Index is 3 or 7);
    }

    [Fact]
    public async Task Batch_ArgumentException_IsNotRetried()
    {
        await using var harness = new OrchestratorHarness(chunks: 4, tolerance: 50)
        {
            ChunkFails = (pass, chunk, _) => (pass, chunk) is (BatchPass.Stats, 2) ? new ArgumentException("can never succeed") : null,
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(1, harness.Attempts(BatchPass.Stats, 2));
        Assert.Equal([(2, BatchPass.Stats)], harness.Report!.Failures.Select(f => (f.Index, f.Pass)));
    }

    [Fact]
    public async Task Batch_FailuresOverTolerance_FailsListingEveryFailedChunk()
    {
        await using var harness = new OrchestratorHarness(chunks: 10, tolerance: 10)
        {
            ChunkFails = (pass, chunk, _) => pass == BatchPass.Stats && chunk is 2 or 5 ? new IOException($"chunk {chunk} unreadable") : null,
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        var failure = done.FailureDetails!;
        Assert.True(failure.IsCausedBy<BatchFailedException>(), failure.ErrorType);
        Assert.Contains("2 of 10 chunks failed", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("chunk 2 (stats): System.IO.IOException: chunk 2 unreadable", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("chunk 5 (stats)", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(RefreshModelActivity.Name, harness.Calls);
    }

    [Fact]
    public async Task Batch_DefaultToleranceOfZero_OneFailedChunkFailsTheBatch()
    {
        await using var harness = new OrchestratorHarness(chunks: 4)
        {
            ChunkFails = (pass, chunk, _) => (pass, chunk) is (BatchPass.Index, 0) ? new ArgumentException("bad chunk") : null,
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Contains("1 of 4 chunks failed", done.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(ResolveDuplicatesActivity.Name, harness.Calls);
    }

    [Fact]
    public async Task Batch_AGroupThatFails_CountsEveryChunkOfItAsFailed()
    {
        await using var harness = new OrchestratorHarness(chunks: 4, groupSize: 2, tolerance: 50)
        {
            GroupFails = id => id.EndsWith("-stats-g1", StringComparison.Ordinal),
        };
        await harness.StartAsync();

        var done = await harness.RunAsync();

        Assert.Equal(2, done.ReadOutputAs<BatchResult>()!.FailedChunks);
        Assert.Equal([2, 3], harness.Report!.Failures.Select(f => f.Index));
        Assert.Contains("group broke", harness.Report.Failures[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_CustomStatus_ShowsProgressAsGroupsFinish()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = new OrchestratorHarness(chunks: 5, groupSize: 2)
        {
            Hold = task => (task.Work.Pass, task.Index) is (BatchPass.Stats, 2) ? release.Task : null,
        };
        await harness.StartAsync();
        await harness.StartBatchAsync();

        var midway = await Eventually.WaitAsync(() => ProgressAsync(harness), p => p is { Phase: BatchPhases.Processing, ChunksDone: 2 }, "stats pass: first group done");
        release.SetResult();
        var done = await harness.WaitAsync();

        Assert.Equal((5, 20L, 50L, "v0"), (midway!.ChunksTotal, midway.ItemsDone, midway.ItemsTotal, midway.ModelVersion));
        var final = done.ReadCustomStatusAs<BatchProgress>()!;
        Assert.Equal((BatchPhases.Completed, 5, 50L), (final.Phase, final.ChunksDone, final.ItemsDone));
        Assert.Contains("\"phase\":\"completed\"", done.SerializedCustomStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_Terminated_StopsWithTheReasonAndRunsNoFurtherPass()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var harness = new OrchestratorHarness(chunks: 4, groupSize: 2)
        {
            Hold = task => (task.Work.Pass, task.Index) is (BatchPass.Index, 0) ? release.Task : null,
        };
        await harness.StartAsync();
        await harness.StartBatchAsync();
        await Eventually.WaitAsync(() => Task.FromResult(harness.Attempts(BatchPass.Index, 0)), n => n == 1, "chunk 0 running");

        await harness.Client.TerminateInstanceAsync(OrchestratorHarness.InstanceId, new TerminateInstanceOptions { Output = "operator", Recursive = true });
        var done = await harness.WaitAsync();
        release.SetResult();

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("operator", done.ReadOutputAs<string>());
        Assert.DoesNotContain(ResolveDuplicatesActivity.Name, harness.Calls);
    }

    [Fact]
    public async Task ChunkGroup_NeverMoreThanTheCapInFlight()
    {
        // A cap of 1 under an engine that runs 2 activities at once (the in-memory sidecar's limit on 2 cores).
        var gates = Enumerable.Range(0, 4).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        await using var harness = new OrchestratorHarness(chunks: 4, groupSize: 4, maxInFlight: 1)
        {
            Hold = task => task.Work.Pass == BatchPass.Index ? gates[task.Index].Task : null,
        };
        await harness.StartAsync();
        await harness.StartBatchAsync();

        for (int chunk = 0; chunk < 4; chunk++)
        {
            // Chunks start in plan order, each only after the one before has finished.
            int expected = chunk + 1;
            await Eventually.WaitAsync(() => Task.FromResult(harness.ChunkTasks.Count(t => t.Work.Pass == BatchPass.Index)), n => n >= expected, $"{expected} index chunks started");
            Assert.Equal(expected, harness.ChunkTasks.Count(t => t.Work.Pass == BatchPass.Index));
            gates[chunk].SetResult();
        }

        var done = await harness.WaitAsync();

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal([0, 1, 2, 3], harness.ChunkTasks.Where(t => t.Work.Pass == BatchPass.Index).Select(t => t.Index));
        Assert.Equal(1, harness.MaxInFlight);
    }

    private static async Task<BatchProgress?> ProgressAsync(OrchestratorHarness harness) =>
        await harness.Client.GetInstanceAsync(OrchestratorHarness.InstanceId, getInputsAndOutputs: true) is { SerializedCustomStatus: { } json }
            ? JsonSerializer.Deserialize<BatchProgress>(json, OrchestrationJson.Options)
            : null;
}
