using System.Diagnostics.Metrics;
using Tidewater.App.Accumulation;
using Tidewater.App.Dashboard;
using Tidewater.App.Queues;
using Tidewater.App.Telemetry;
using Tidewater.Domain.Scoring;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Dashboard;

/// <summary>The real-time panel's per-minute ring over the app's own instruments, on a fake clock.</summary>
public sealed class RealtimeAggregatorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 30, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly TestMeterFactory _meters = new();

    [Fact]
    public void Snapshot_MeasurementsOverTwoMinutes_CountsEachMinuteAndTheHour()
    {
        // Arrange
        using var aggregator = new RealtimeAggregator(_meters, _time);
        var ingest = new IngestMetrics(_meters);
        var poison = new PoisonMetrics(_meters);

        // Act: a minute of HTTP traffic, then one of queue traffic with a poisoned message.
        ingest.Events(EventSource.Http, IngestOutcomes.Accepted, 90);
        ingest.Events(EventSource.Http, IngestOutcomes.Duplicate, 4);
        ingest.Events(EventSource.Http, IngestOutcomes.Rejected, 3);
        ingest.Decisions(Decision.Approve, 80);
        ingest.Decisions(Decision.Review, 7);
        ingest.Decisions(Decision.Decline, 3);
        ingest.Alerts(EventSource.Http, 10);
        foreach (int ms in Enumerable.Range(1, 100))
        {
            ingest.Call(EventSource.Http, IngestOutcomes.Accepted, TimeSpan.FromMilliseconds(ms));
        }

        ingest.Call(EventSource.Http, IngestOutcomes.Rejected, TimeSpan.FromSeconds(30)); // not an accepted call: not in the percentiles
        _time.Advance(TimeSpan.FromMinutes(1));
        ingest.Events(EventSource.Queue, IngestOutcomes.Accepted, 5);
        ingest.Decisions(Decision.Approve, 5);
        poison.Poisoned(PoisonCause.Invalid);
        var view = aggregator.Snapshot();

        // Assert
        Assert.Equal(RealtimeAggregator.Minutes, view.Minutes.Count);
        var (first, last) = (view.Minutes[^2], view.Minutes[^1]);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), first.Start);
        Assert.Equal((90L, 0L, 80L, 7L, 3L, 10L, 0L), (first.AcceptedHttp, first.AcceptedQueue, first.Approve, first.Review, first.Decline, first.Alerts, first.Poisoned));
        Assert.Equal((0L, 5L, 5L, 1L), (last.AcceptedHttp, last.AcceptedQueue, last.Approve, last.Poisoned));
        Assert.Null(last.P50Millis);
        Assert.InRange(first.P50Millis!.Value, 50, 50 * 1.1);
        Assert.InRange(first.P99Millis!.Value, 99, 99 * 1.1);
        Assert.Equal((90L, 5L, 4L, 3L, 0L, 10L), (view.AcceptedHttp, view.AcceptedQueue, view.Duplicates, view.Rejected, view.Failed, view.Alerts));
        Assert.Equal(new App.Batch.DecisionCounts(85, 7, 3), view.Decisions);
        Assert.Equal(new Dictionary<string, long> { ["invalid"] = 1 }, view.Poisoned);
        Assert.Equal(view.P99Millis, first.P99Millis);
        Assert.Equal(Start, view.ObservingSince);
    }

    [Fact]
    public void Snapshot_AnHourLater_HasForgottenOlderMinutes()
    {
        using var aggregator = new RealtimeAggregator(_meters, _time);
        var ingest = new IngestMetrics(_meters);
        ingest.Events(EventSource.Http, IngestOutcomes.Accepted, 12);
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(12, aggregator.Snapshot().AcceptedHttp); // the 60th minute back is still in the hour

        _time.Advance(TimeSpan.FromMinutes(1));
        ingest.Events(EventSource.Http, IngestOutcomes.Accepted, 1); // lands in the slot the first minute used

        var view = aggregator.Snapshot();
        Assert.Equal(1, view.AcceptedHttp);
        Assert.Equal(1, view.Minutes[^1].AcceptedHttp);
        Assert.All(view.Minutes.SkipLast(1), m => Assert.Equal(0, m.AcceptedHttp));
    }

    [Fact]
    public void Snapshot_AnotherHostsMeter_IsNotCounted()
    {
        using var aggregator = new RealtimeAggregator(_meters, _time);
        using var otherHost = new TestMeterFactory();
        new IngestMetrics(otherHost).Events(EventSource.Http, IngestOutcomes.Accepted, 7);
        var unrelated = _meters.Create(new MeterOptions("Other")).CreateCounter<long>("tidewater.events");
        unrelated.Add(5, new KeyValuePair<string, object?>(TelemetryTags.Outcome, IngestOutcomes.Accepted));

        Assert.Equal(0, aggregator.Snapshot().AcceptedHttp);
    }

    public void Dispose() => _meters.Dispose();
}
