using System.Text;
using Microsoft.DurableTask.Client;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Dashboard;
using Tidewater.App.Ingest;
using Tidewater.App.Tests.Batch;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Dashboard;

/// <summary>The dashboard's read model over real segments, a real batch (in-memory Durable engine) and its report, on Azurite.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class DashboardHandlerTests(AzuriteFixture azurite)
{
    private static readonly Uri BaseUri = new("http://127.0.0.1:7071/");
    private static readonly string Window = WindowId(WindowStart);

    [Fact]
    public async Task GetSummaryAsync_AfterABatch_WindowCountsAgreementAndModelMatchTheReport()
    {
        // Arrange: a sealed window of one closed and one unclosed segment, batched with publishing.
        var time = new FakeTimeProvider(WindowStart.AddMinutes(5));
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), time, withEngine: true);
        var at = WindowStart.AddSeconds(3);
        await WriteSegmentAsync(host.Storage.Events, Window, "web-01-aaaaaaaa", [.. Enumerable.Range(0, 18).Select(i => Payment($"a-{i}", $"acct-{i % 6}", amount: 12m + i, receivedAt: at))]);
        await WriteSegmentAsync(host.Storage.Events, Window, "web-02-bbbbbbbb",
            [.. Enumerable.Range(0, 9).Select(i => Payment($"b-{i}", $"acct-{i % 3}", amount: 800m, mcc: "7995", country: "BR", receivedAt: at)), Payment("a-3", "acct-3", receivedAt: at)],
            closed: false);
        string id = BatchInstanceIds.Scheduled(BatchWindows.Parse(Window, 1));
        await host.Get<IBatchStarter>().GetOrStartAsync(id, new BatchRequest(Window, 1, null, true), CancellationToken.None);
        var done = await host.WaitAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<BatchResult>()!;
        var report = BatchBlobs.Deserialize((await host.Storage.Batch.GetBlobClient(result.Report).DownloadContentAsync()).Value.Content.ToMemory().Span, BatchJsonContext.Default.BatchReportDocument, result.Report);

        // Act
        var summary = await host.Get<DashboardHandler>().GetSummaryAsync(6, BaseUri, CancellationToken.None);

        // Assert: the batched window, oldest of six; the others are empty and the newest is open.
        Assert.Equal(6, summary.Windows.Count);
        var window = summary.Windows[0];
        Assert.Equal((Window, WindowStates.Sealed), (window.Id, window.State));
        Assert.Equal((2, 1, 18L, false), (window.Segments.Segments, window.Segments.ClosedSegments, window.Segments.ClosedRecords, window.Segments.Complete));
        Assert.True(window.Segments.OpenBytes > 0);
        Assert.Equal(new WindowBatch(id, OrchestrationRuntimeStatus.Completed, BatchPhases.Completed), window.Batch);
        Assert.Equal(report.Findings.Counts.Events, window.Events);
        Assert.Equal(27, window.Events);
        Assert.Equal(new WindowAgreement(id, report.Findings.Reconciliation.Compared, report.Findings.Reconciliation.Differing), window.Agreement);
        Assert.All(summary.Windows.Skip(1), w => Assert.Equal((WindowSegments.None, (WindowBatch?)null, (long?)null), (w.Segments, w.Batch, w.Events)));
        Assert.Equal(WindowStates.Open, summary.Windows[^1].State);
        var made = Assert.Single(summary.ModelHistory);
        Assert.Equal((result.ModelOut, "v0", Window, report.Findings.Models.AccountsMerged, report.Findings.Models.Refit.Outcome, true),
            (made.Version, made.BaseVersion, made.WindowId, made.AccountsMerged, made.RefitOutcome, made.Published));
    }

    [Fact]
    public async Task GetSummaryAsync_WindowWrittenByTheWriter_ShowsTheCallsAndCountsRecordsOnceItsSegmentIsClosed()
    {
        // Arrange: events accepted by the real-time path into the open window; no batch container yet.
        var time = new FakeTimeProvider(WindowStart.AddSeconds(20));
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), time, withEngine: true);
        await host.Storage.Batch.DeleteIfExistsAsync();
        int accepted = await IngestAsync(host.Get<IngestHandler>(), 7);
        var handler = host.Get<DashboardHandler>();

        // Act: while the window is open, then after it ended and the writer's maintenance closed its segment.
        var open = await handler.GetSummaryAsync(1, BaseUri, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(45));
        var closing = await Eventually.WaitAsync(
            () => handler.GetSummaryAsync(2, BaseUri, CancellationToken.None),
            s => s.Windows[0].Segments.Complete,
            "the writer to close the ended window's segment");

        // Assert
        var during = Assert.Single(open.Windows);
        Assert.Equal((Window, WindowStates.Open, 1, 0, 0L), (during.Id, during.State, during.Segments.Segments, during.Segments.ClosedSegments, during.Segments.ClosedRecords));
        Assert.True(during.Segments.OpenBytes > 0);
        Assert.Empty(open.ModelHistory);
        Assert.Equal((accepted, 0L, (long)accepted), (open.Realtime.AcceptedHttp, open.Realtime.AcceptedQueue, open.Realtime.Decisions.Total));
        Assert.NotNull(open.Realtime.P99Millis);
        var ended = closing.Windows[0];
        Assert.Equal((Window, WindowStates.Closing, accepted, 1), (ended.Id, ended.State, (int)ended.Segments.ClosedRecords, ended.Segments.Segments));
        Assert.Equal((0L, (WindowBatch?)null, (long?)null, (WindowAgreement?)null), (ended.Segments.OpenBytes, ended.Batch, ended.Events, ended.Agreement));
        Assert.Equal(WindowStates.Open, closing.Windows[1].State);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DashboardHandler.MaxWindows + 1)]
    public async Task GetSummaryAsync_WindowCountOutOfRange_Throws(int windows)
    {
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), new FakeTimeProvider(WindowStart), withEngine: true);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Get<DashboardHandler>().GetSummaryAsync(windows, BaseUri, CancellationToken.None));
    }

    private static async Task<int> IngestAsync(IngestHandler ingest, int count)
    {
        var body = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            body.Append(Encoding.UTF8.GetString(Domain.Events.PaymentEventJson.ToUtf8Bytes(new Domain.Events.PaymentEvent(
                $"d-{i}", Domain.Events.EventType.Payment, null, $"acct-{i % 3}", 10m + i, "EUR", null, "5411", "DE", Domain.Events.PaymentChannel.CardPresent, WindowStart.AddSeconds(10))))).Append('\n');
        }

        var result = await ingest.HandleAsync(Encoding.UTF8.GetBytes(body.ToString()), BodyFormat.Ndjson, EventSource.Http, CancellationToken.None);
        Assert.True(result.IsAccepted);
        return result.Decisions.Count(d => !d.Duplicate);
    }
}
