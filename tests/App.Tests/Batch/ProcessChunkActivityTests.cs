using Tidewater.App.Batch;
using Tidewater.App.Storage;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Batch;

[Collection(AzuriteCollections.Azurite)]
public sealed class ProcessChunkActivityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunAsync_SecondCall_ReturnsTheExistingOutputWithoutRecomputing()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Enumerable.Range(0, 10).Select(i => Payment($"p{i}", $"acct-{i % 3}"))]);
        var plan = await fixture.Steps.PlanAsync(new BatchRequest(BatchActivityFixture.Window, 1, null, true));
        var duplicates = await fixture.Steps.IndexAndResolveAsync(plan);
        var task = new ChunkTask(new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Stats, plan.ModelVersion, duplicates.DedupeId), 0);
        var activity = fixture.Host.Get<ProcessChunkActivity>();

        var first = await activity.RunAsync(task, CancellationToken.None);
        var etag = (await fixture.Storage.Batch.GetBlobClient(first.Blob).GetPropertiesAsync()).Value.ETag;
        var second = await activity.RunAsync(task, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(etag, (await fixture.Storage.Batch.GetBlobClient(first.Blob).GetPropertiesAsync()).Value.ETag);
        Assert.Equal(2, plan.ChunkCount);
        Assert.Equal(5, first.Records); // 10 records, at most 7 per chunk: two equal halves
    }

    [Fact]
    public async Task MergePartials_AnyCompletionOrder_GivesIdenticalJson()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Enumerable.Range(0, 20).Select(i => Payment($"a{i}", $"acct-{i % 4}", amount: 10.01m * (i + 1), latencyMicros: 100 + (i * 37)))]);
        await fixture.WriteAsync(BatchActivityFixture.Window, "b", [.. Enumerable.Range(0, 12).Select(i => Payment($"b{i}", $"acct-{i % 5}", amount: 3.3m * (i + 1), decision: i % 4 == 0 ? Domain.Scoring.Decision.Review : Domain.Scoring.Decision.Approve))]);
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(new BatchRequest(BatchActivityFixture.Window, 1, null, true));
        var blob = fixture.Storage.Batch.GetBlobClient(merged.Blob);
        var inOrder = (await blob.DownloadContentAsync()).Value.Content.ToArray();

        var shuffled = Enumerable.Range(0, plan.ChunkCount).OrderBy(i => (i * 7919) % 13).ToList();
        await blob.DeleteAsync();
        var again = await fixture.Host.Get<MergePartialsActivity>().RunAsync(new MergePartialsInput(stats, shuffled), CancellationToken.None);

        Assert.True(plan.ChunkCount >= 5);
        Assert.Equal(merged, again);
        Assert.Equal(inOrder, (await blob.DownloadContentAsync()).Value.Content.ToArray());
        var partial = await fixture.Steps.ReadPartialAsync(merged.Blob);
        Assert.Equal((32L, 32L, 3L), (partial.Events, partial.Payments, partial.RealtimeDecisions.Review));
        Assert.Equal(32, partial.Latency.Sum(b => b.Count));
        Assert.Null(partial.Sidecars);
    }

    [Fact]
    public async Task RunAsync_ScorePassWithoutItsScoreInputs_ParsesTheRecordsAgainToTheSamePartial()
    {
        // Arrange: a stats pass (which writes the score inputs), then the score pass of chunk 0 twice: from the
        // inputs, and after deleting the inputs and the first output.
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Enumerable.Range(0, 10).Select(i => Payment($"p{i}", $"acct-{i % 3}", amount: 7.5m * (i + 1), decision: i % 3 == 0 ? Domain.Scoring.Decision.Review : Domain.Scoring.Decision.Approve))]);
        var plan = await fixture.Steps.PlanAsync(new BatchRequest(BatchActivityFixture.Window, 1, null, true));
        var duplicates = await fixture.Steps.IndexAndResolveAsync(plan);
        var stats = new ChunkWork(plan.WindowId, plan.PlanId, BatchPass.Stats, plan.ModelVersion, duplicates.DedupeId);
        var activity = fixture.Host.Get<ProcessChunkActivity>();
        await activity.RunAsync(new ChunkTask(stats, 0), CancellationToken.None);
        var score = new ChunkTask(stats with { Pass = BatchPass.Score }, 0);
        var inputs = fixture.Storage.Batch.GetBlobClient(BatchLayout.ChunkScoreInputs(score.Work, 0));
        Assert.NotNull(await inputs.DownloadIfExistsAsync());

        // Act
        var fromInputs = await activity.RunAsync(score, CancellationToken.None);
        var first = await fixture.Steps.ReadPartialAsync(fromInputs.Blob);
        await inputs.DeleteAsync();
        await fixture.Storage.Batch.GetBlobClient(fromInputs.Blob).DeleteAsync();
        var reparsed = await activity.RunAsync(score, CancellationToken.None);
        var second = await fixture.Steps.ReadPartialAsync(reparsed.Blob);

        // Assert: equal apart from the CPU time measured
        Assert.Equal(fromInputs, reparsed);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(first with { CpuMicros = 0 }, BatchJsonContext.Default.BatchPartial),
            System.Text.Json.JsonSerializer.Serialize(second with { CpuMicros = 0 }, BatchJsonContext.Default.BatchPartial));
        Assert.Equal(5, second.Events);
    }
}
