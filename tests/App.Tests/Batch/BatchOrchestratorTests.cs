using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

public sealed class BatchOrchestratorTests
{
    [Fact]
    public async Task RunAsync_HappyPath_PlansIndexesResolvesProcessesMergesRefreshesScoresAndReports()
    {
        var harness = new OrchestratorHarness(chunks: 5, groupSize: 2);

        var result = await harness.RunAsync();

        string[] expected =
        [
            PlanBatchActivity.Name,
            ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name,
            ResolveDuplicatesActivity.Name,
            ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name,
            MergePartialsActivity.Name, RefreshModelActivity.Name,
            ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name, ChunkGroupOrchestrator.Name,
            MergePartialsActivity.Name, BatchReportActivity.Name,
        ];
        Assert.Equal(expected, harness.Calls);
        Assert.Equal("v-new", result.ModelOut);
        Assert.Equal("sum", result.Checksum);
        Assert.Equal(0, result.FailedChunks);
    }

    [Fact]
    public async Task RunAsync_Passes_UseFixedChildIdsAndTheRightModelPerPass()
    {
        var harness = new OrchestratorHarness(chunks: 3, groupSize: 2);

        await harness.RunAsync();

        string id = OrchestratorHarness.InstanceId;
        Assert.Equal(
            [$"{id}-index-g0", $"{id}-index-g1", $"{id}-stats-g0", $"{id}-stats-g1", $"{id}-score-g0", $"{id}-score-g1"],
            harness.ChildIds);
        Assert.All(harness.ChunkTasks.Where(t => t.Work.Pass == BatchPass.Stats), t => Assert.Equal(("v0", "dedupe1"), (t.Work.ModelVersion, t.Work.DedupeId)));
        Assert.All(harness.ChunkTasks.Where(t => t.Work.Pass == BatchPass.Score), t => Assert.Equal("v-new", t.Work.ModelVersion));
        Assert.Equal(9, harness.ChunkTasks.Count);
    }

    [Fact]
    public async Task RunAsync_FailuresWithinTolerance_CompletesWithoutThoseChunksAndListsThem()
    {
        var harness = new OrchestratorHarness(chunks: 10, tolerance: 20)
        {
            ChunkFails = (pass, chunk) => (pass, chunk) is (BatchPass.Index, 3) or (BatchPass.Stats, 7),
        };

        var result = await harness.RunAsync();

        Assert.Equal(2, result.FailedChunks);
        var failures = harness.Report!.Failures;
        Assert.Equal([(3, BatchPass.Index), (7, BatchPass.Stats)], failures.Select(f => (f.Index, f.Pass)));
        Assert.Contains("chunk 3 unreadable", failures[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.ChunkTasks, t => t.Work.Pass != BatchPass.Index && t.Index == 3);
        Assert.DoesNotContain(harness.ChunkTasks, t => t.Work.Pass == BatchPass.Score && t.Index == 7);
    }

    [Fact]
    public async Task RunAsync_FailuresOverTolerance_FailsListingEveryFailedChunk()
    {
        var harness = new OrchestratorHarness(chunks: 10, tolerance: 10)
        {
            ChunkFails = (pass, chunk) => pass == BatchPass.Stats && chunk is 2 or 5,
        };

        var failure = await Assert.ThrowsAsync<BatchFailedException>(() => harness.RunAsync());

        Assert.Equal([2, 5], failure.Failures.Select(f => f.Index));
        Assert.Contains("chunk 2 (stats): System.IO.IOException: chunk 2 unreadable", failure.Message, StringComparison.Ordinal);
        Assert.Contains("chunk 5 (stats)", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RefreshModelActivity.Name, harness.Calls);
    }

    [Fact]
    public async Task RunAsync_DefaultToleranceOfZero_OneFailedChunkFailsTheBatch()
    {
        var harness = new OrchestratorHarness(chunks: 4) { ChunkFails = (pass, chunk) => pass == BatchPass.Index && chunk == 0 };

        var failure = await Assert.ThrowsAsync<BatchFailedException>(() => harness.RunAsync());

        Assert.Single(failure.Failures);
        Assert.DoesNotContain(ResolveDuplicatesActivity.Name, harness.Calls);
    }

    [Fact]
    public async Task RunAsync_AGroupThatFails_CountsEveryChunkOfItAsFailed()
    {
        var harness = new OrchestratorHarness(chunks: 4, groupSize: 2, tolerance: 50)
        {
            GroupFails = id => id.EndsWith("-stats-g1", StringComparison.Ordinal),
        };

        var result = await harness.RunAsync();

        Assert.Equal(2, result.FailedChunks);
        Assert.Equal([2, 3], harness.Report!.Failures.Select(f => f.Index));
        Assert.Contains("group broke", harness.Report.Failures[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CustomStatus_ShowsProgressAsGroupsFinish()
    {
        var harness = new OrchestratorHarness(chunks: 5, groupSize: 2);

        await harness.RunAsync();

        var processing = harness.Statuses.Where(s => s.Phase == BatchPhases.Processing).ToList();
        Assert.Equal([0, 2, 4, 5], processing.Select(s => s.ChunksDone));
        Assert.All(processing, s => Assert.Equal((5, 50L), (s.ChunksTotal, s.ItemsTotal)));
        Assert.Equal([0L, 20, 40, 50], processing.Select(s => s.ItemsDone));
        Assert.Equal(BatchPhases.Planning, harness.Statuses[0].Phase);
        Assert.Equal(BatchPhases.Completed, harness.Statuses[^1].Phase);
        string[] phases = [.. harness.Statuses.Select(s => s.Phase).Distinct()];
        Assert.Equal(
            [BatchPhases.Planning, BatchPhases.Indexing, BatchPhases.Deduplicating, BatchPhases.Processing, BatchPhases.Merging,
             BatchPhases.Refreshing, BatchPhases.Scoring, BatchPhases.Reporting, BatchPhases.Completed],
            phases);
    }

    [Fact]
    public async Task ChunkGroup_HeldActivities_NeverMoreThanTheCapInFlight()
    {
        var harness = new OrchestratorHarness(chunks: 9, groupSize: 9, maxInFlight: 3) { Held = [] };
        var group = new ChunkGroupOrchestrator().RunAsync(
            harness.Context, new ChunkGroupInput(new ChunkWork("202611211000", "plan1", BatchPass.Index), [.. Enumerable.Range(0, 9)], 3));

        var random = new Random(7);
        while (harness.Held.Count > 0)
        {
            Assert.InRange(harness.Held.Count, 1, 3);
            var next = harness.Held[random.Next(harness.Held.Count)];
            harness.Held.Remove(next);
            next.Done.SetResult(new ChunkResult(next.Task.Index, 1, "b"));
        }

        var result = await group;

        Assert.Equal(3, harness.MaxInFlight);
        Assert.Equal(Enumerable.Range(0, 9), result.Completed.Select(c => c.Index));
        Assert.Empty(result.Failed);
    }
}
