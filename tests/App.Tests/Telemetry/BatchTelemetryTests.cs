using System.Diagnostics.Metrics;
using Microsoft.DurableTask.Client;
using Tidewater.App.Batch;
using Tidewater.App.Telemetry;
using Tidewater.App.Tests.Batch;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Telemetry;

/// <summary>A small batch on Durable Task's in-memory engine with the real activities: its spans and metrics.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class BatchTelemetryTests(AzuriteFixture azurite)
{
    // A window of its own, so no other test's batch shares the trace id derived from the instance id.
    private static readonly DateTimeOffset Start = WindowStart.AddMinutes(-47);

    [Fact]
    public async Task Batch_SpansOfEveryActivityShareTheTraceOfTheInstanceId_AndMetricsRecordTheResult()
    {
        string window = WindowId(Start);
        var time = new FakeTimeProvider(Start.AddMinutes(5));
        await using var host = await BatchHost.StartAsync(azurite, BatchHost.Settings(azurite), time, withEngine: true);
        using var spans = new SpanCapture();
        using var metrics = new MetricCapture(host.Get<IMeterFactory>());
        await WriteSegmentAsync(host.Storage.Events, window, "web-01-aaaaaaaa",
            [.. Enumerable.Range(0, 20).Select(i => Payment($"t-{i}", $"acct-{i % 4}", amount: 10m + i, receivedAt: Start.AddSeconds(3)))]);
        string id = BatchInstanceIds.Scheduled(BatchWindows.Parse(window, 1));

        await host.Get<IBatchStarter>().GetOrStartAsync(id, new BatchRequest(window, 1, null, false), CancellationToken.None);
        var done = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var trace = spans.InTrace(BatchTraceContext.Of(id).TraceId);
        Assert.Equal(BatchFunctions.Activities.Order(), trace.Select(s => s.OperationName).Distinct().Order());
        Assert.All(trace, s => Assert.Equal(id, s.GetTagItem(BatchTraceContext.BatchIdTag)));
        Assert.All(trace, s => Assert.Equal(BatchTraceContext.Of(id).SpanId, s.ParentSpanId));
        // 20 records in chunks of 7: 3 chunks, indexed once and processed in two passes, in groups of 2 (sub-orchestrations).
        Assert.Equal(3, trace.Count(s => s.OperationName == IndexChunkActivity.Name));
        Assert.Equal(6, trace.Count(s => s.OperationName == ProcessChunkActivity.Name));
        Assert.Contains(trace, s => Equals(s.GetTagItem(BatchTraceContext.InstanceIdTag), BatchRun.GroupInstanceId(id, BatchPass.Score, 1)));

        var completed = (TelemetryTags.Outcome, (object?)BatchMetrics.Completed);
        Assert.Equal(20, metrics.Sum("tidewater.batch.items", completed));
        Assert.Equal(0, metrics.Sum("tidewater.batch.failed_chunks", completed));
        var duration = Assert.Single(metrics.Of("tidewater.batch.duration"));
        Assert.True(duration.Has(completed));
        Assert.Equal(0, duration.Value); // fake time stood still between planning and the report
    }
}
