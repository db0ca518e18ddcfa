using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Ingest;
using Tidewater.App.Scoring;
using Tidewater.Domain.Events;
using Microsoft.DurableTask.Client;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Batch;

/// <summary>
/// Whole batches on Durable Task's in-memory engine with the real activities on Azurite, fake time and 1-minute
/// windows. Killing the host mid-batch is tested on the local host's own engine (LocalHost.Tests/Processes).
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class BatchEndToEndTests(AzuriteFixture azurite)
{
    private static readonly string Window = WindowId(WindowStart);

    [Fact]
    public async Task Batch_OverASealedWindow_CountsEveryAcceptedEventAndPublishesTheRefreshedModel()
    {
        var time = new FakeTimeProvider(WindowStart.AddSeconds(20));
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), time, withEngine: true);
        int accepted = await IngestAsync(host.Get<IngestHandler>());
        time.Advance(TimeSpan.FromMinutes(1)); // sealed at end + 10 s

        var (instance, _) = await host.Get<IBatchStarter>().GetOrStartAsync(BatchInstanceIds.Scheduled(WindowKeyOf(Window)), new BatchRequest(Window, 1, null, true), CancellationToken.None);
        var done = await host.WaitAsync(instance.InstanceId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<BatchResult>()!;
        var report = await ReadReportAsync(host, result.Report);
        var f = report.Findings;
        Assert.Equal(accepted, f.Counts.Events);
        Assert.Equal(accepted, f.Counts.Records);
        Assert.Equal(accepted, f.RealtimeDecisions.Total);
        Assert.Equal(accepted, f.BatchDecisions.Total);
        Assert.Equal(accepted, f.ScoreHistogram.Sum(b => b.Count));
        Assert.Equal(accepted, f.Reconciliation.Compared);
        Assert.Equal(Math.Min(f.Reconciliation.Differing, 20), f.Reconciliation.Examples.Count);
        Assert.All(f.Reconciliation.Examples, e => Assert.NotEqual(e.Realtime, e.Batch));
        Assert.Equal((double)f.Reconciliation.Differing / accepted, f.Reconciliation.Rate);
        Assert.Equal(("v0", true, ModelPublishOutcomes.Switched), (f.Models.In, f.Models.Merged, report.Run.Publish));
        Assert.Equal(report.Checksum, result.Checksum);
        Assert.Equal(BatchReportActivity.Checksum(f), report.Checksum);
        Assert.Contains("<table>", Encoding.UTF8.GetString((await host.Storage.Batch.GetBlobClient(result.ReportHtml).DownloadContentAsync()).Value.Content.ToArray()), StringComparison.Ordinal);
        var status = done.ReadCustomStatusAs<BatchProgress>()!;
        Assert.Equal(BatchPhases.Completed, status.Phase);

        var provider = host.Get<ModelProvider>();
        await provider.RefreshAsync(CancellationToken.None);
        Assert.Equal(result.ModelOut, provider.Current.Version);
        Assert.Equal([Window], provider.Current.IncludedWindows);
    }

    [Fact]
    public async Task Replays_WithThePinnedModel_GiveTheSameChecksumAndReuseChunkOutputs()
    {
        var time = new FakeTimeProvider(WindowStart.AddMinutes(5));
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), time, withEngine: true);
        await WriteWindowAsync(host.Storage.Events);
        var scheduled = await RunAsync(host, BatchInstanceIds.Scheduled(WindowKeyOf(Window)), new BatchRequest(Window, 1, null, true));
        var outputs = await ChunkOutputEtagsAsync(host);

        var first = await RunAsync(host, BatchInstanceIds.Replay(WindowKeyOf(Window), 1), new BatchRequest(Window, 1, "v0", false));
        var second = await RunAsync(host, BatchInstanceIds.Replay(WindowKeyOf(Window), 2), new BatchRequest(Window, 1, "v0", false));

        Assert.Equal(first.Checksum, second.Checksum);
        Assert.Equal(scheduled.Checksum, first.Checksum);
        Assert.Equal((scheduled.ModelOut, ModelPublishOutcomes.NotRequested), (second.ModelOut, second.Publish));
        Assert.NotEmpty(outputs);
        Assert.Equal(outputs, await ChunkOutputEtagsAsync(host));
    }

    [Fact]
    public async Task Replay_WithOtherChunkSizes_GivesTheSameChecksum()
    {
        var time = new FakeTimeProvider(WindowStart.AddMinutes(5));
        var settings = BatchHost.Settings(azurite);
        BatchResult scheduled;
        await using (var host = await BatchHost.StartAsync(azurite, settings, time, withEngine: true))
        {
            await WriteWindowAsync(host.Storage.Events);
            scheduled = await RunAsync(host, BatchInstanceIds.Scheduled(WindowKeyOf(Window)), new BatchRequest(Window, 1, null, true));
        }

        settings["Tidewater:ChunkMaxItems"] = "3";
        settings["Tidewater:ChunkMaxBytes"] = "4096";
        time.Advance(TimeSpan.FromMinutes(1));
        await using var smaller = await BatchHost.StartAsync(azurite, settings, time, withEngine: true);
        var replay = await RunAsync(smaller, BatchInstanceIds.Replay(WindowKeyOf(Window), 1), new BatchRequest(Window, 1, "v0", false));
        var report = await ReadReportAsync(smaller, replay.Report);

        Assert.True(report.Run.Chunks > 5, $"{report.Run.Chunks} chunks");
        Assert.Equal(scheduled.Checksum, replay.Checksum);
    }

    private static async Task<BatchResult> RunAsync(BatchHost host, string instanceId, BatchRequest request)
    {
        await host.Get<IBatchStarter>().GetOrStartAsync(instanceId, request, CancellationToken.None);
        var done = await host.WaitAsync(instanceId);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{instanceId}: {done.RuntimeStatus} {done.FailureDetails?.ErrorMessage}");
        return done.ReadOutputAs<BatchResult>()!;
    }

    /// <summary>Two writers' segments with a repeated id, chargebacks, high-risk payments and varied latencies.</summary>
    private static async Task WriteWindowAsync(BlobContainerClient events)
    {
        var at = WindowStart.AddSeconds(3);
        await WriteSegmentAsync(events, Window, "web-01-aaaaaaaa",
            [.. Enumerable.Range(0, 18).Select(i => Payment($"w1-{i}", $"acct-{i % 6}", amount: 12m + (i * 7), latencyMicros: 200 + (i * 53), receivedAt: at))]);
        await WriteSegmentAsync(events, Window, "web-02-bbbbbbbb",
            [.. Enumerable.Range(0, 9).Select(i => Payment($"w2-{i}", $"acct-{i % 4}", amount: 800m, mcc: "7995", channel: PaymentChannel.Ecommerce, country: "BR", latencyMicros: 900 + i, receivedAt: at)),
             Payment("w1-3", "acct-3", amount: 33m, receivedAt: at),
             Chargeback("cb-1", "w2-1", "acct-1", 800m, at),
             Chargeback("cb-2", "w2-2", "acct-2", 800m, at)],
            closed: false);
    }

    private static async Task<int> IngestAsync(IngestHandler ingest)
    {
        var events = Enumerable.Range(0, 24).Select(i => new PaymentEvent(
            $"e-{i}", EventType.Payment, null, $"acct-{i % 5}", 10m + (i * 11), "EUR", null, i % 4 == 0 ? "6051" : "5411", i % 3 == 0 ? "BR" : "DE",
            i % 2 == 0 ? PaymentChannel.Ecommerce : PaymentChannel.CardPresent, WindowStart.AddSeconds(10)))
            .Append(new PaymentEvent("cb-0", EventType.Chargeback, "e-0", "acct-0", 10m, "EUR", null, "5411", "DE", PaymentChannel.CardPresent, WindowStart.AddSeconds(15)))
            .ToList();
        int accepted = 0;
        foreach (var batch in events.Chunk(5).Append([events[0], events[1]])) // the last call repeats two ids
        {
            var body = Encoding.UTF8.GetBytes("[" + string.Join(",", batch.Select(e => Encoding.UTF8.GetString(PaymentEventJson.ToUtf8Bytes(e)))) + "]");
            var result = await ingest.HandleAsync(body, BodyFormat.Json, EventSource.Http, CancellationToken.None);
            Assert.True(result.IsAccepted);
            accepted += result.Decisions.Count(d => !d.Duplicate);
        }

        return accepted;
    }

    private static async Task<BatchReportDocument> ReadReportAsync(BatchHost host, string blob) =>
        BatchBlobs.Deserialize((await host.Storage.Batch.GetBlobClient(blob).DownloadContentAsync()).Value.Content.ToMemory().Span, BatchJsonContext.Default.BatchReportDocument, blob);

    private static async Task<Dictionary<string, Azure.ETag>> ChunkOutputEtagsAsync(BatchHost host)
    {
        var etags = new Dictionary<string, Azure.ETag>();
        await foreach (var blob in host.Storage.Batch.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"windows/{Window}/", CancellationToken.None))
        {
            if (blob.Name.Contains("/index/", StringComparison.Ordinal) || blob.Name.Contains($"/stats-f{BatchLayout.ChunkFormat}/", StringComparison.Ordinal) || blob.Name.Contains($"/score-f{BatchLayout.ChunkFormat}/", StringComparison.Ordinal))
            {
                etags[blob.Name] = blob.Properties.ETag.GetValueOrDefault();
            }
        }

        return etags;
    }

    private static WindowKey WindowKeyOf(string windowId) => BatchWindows.Parse(windowId, 1);
}
