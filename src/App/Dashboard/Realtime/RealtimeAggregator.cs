using System.Diagnostics.Metrics;
using Tidewater.App.Batch;
using Tidewater.App.Telemetry;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Dashboard;

/// <summary>
/// Listens to this host's "Tidewater" meter (instruments of <c>docs/telemetry.md</c>) and keeps the last hour in a ring
/// of 60 one-minute buckets on <see cref="TimeProvider"/>'s clock, for the dashboard's real-time panel. Only the
/// meter of this host's <see cref="IMeterFactory"/> is read, so two hosts in one process never mix.
/// </summary>
/// <remarks>
/// While it listens the instruments are enabled, so each measurement costs a lock and a few additions here.
/// Durations are binned (<see cref="LatencyBins"/>), so its percentiles are within one 9% bin.
/// </remarks>
public sealed class RealtimeAggregator : IDisposable
{
    /// <summary>Minutes kept.</summary>
    public const int Minutes = 60;

    private readonly IMeterFactory _scope;
    private readonly TimeProvider _time;
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly MinuteBucket[] _ring = [.. Enumerable.Range(0, Minutes).Select(_ => new MinuteBucket())];

    /// <summary>Starts listening to the instruments of <paramref name="meterFactory"/>'s Tidewater meter.</summary>
    public RealtimeAggregator(IMeterFactory meterFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(time);
        _scope = meterFactory;
        _time = time;
        ObservingSince = time.GetUtcNow();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TidewaterTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, _scope) && IsRead(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument.Name, value, tags));
        _listener.Start();
    }

    /// <summary>When this aggregator started listening.</summary>
    public DateTimeOffset ObservingSince { get; }

    /// <summary>The last hour up to the current minute.</summary>
    public RealtimeView Snapshot()
    {
        long current = MinuteOf(_time.GetUtcNow());
        var minutes = new List<RealtimeMinute>(Minutes);
        var hour = new MinuteBucket();
        hour.Reset(current);
        lock (_gate)
        {
            for (long minute = current - Minutes + 1; minute <= current; minute++)
            {
                var bucket = _ring[Slot(minute)];
                bool held = bucket.Minute == minute;
                minutes.Add(held ? View(bucket) : Empty(minute));
                if (held)
                {
                    Add(hour, bucket);
                }
            }
        }

        return new RealtimeView(
            ObservingSince, minutes, hour.AcceptedHttp, hour.AcceptedQueue, hour.Duplicates, hour.Rejected, hour.Failed,
            new DecisionCounts(hour.Approve, hour.Review, hour.Decline),
            LatencyBins.Percentile(hour.Latency, 50), LatencyBins.Percentile(hour.Latency, 99), hour.Alerts,
            new SortedDictionary<string, long>(hour.Poisoned, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private static bool IsRead(string instrument) => instrument is
        "tidewater.events" or "tidewater.decisions" or "tidewater.alerts" or "tidewater.ingest.duration" or "tidewater.queue.poisoned";

    private void Record(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? source = null, outcome = null, decision = null, reason = null;
        foreach (var tag in tags)
        {
            switch (tag.Key)
            {
                case TelemetryTags.Source: source = tag.Value as string; break;
                case TelemetryTags.Outcome: outcome = tag.Value as string; break;
                case TelemetryTags.Decision: decision = tag.Value as string; break;
                case TelemetryTags.PoisonReason: reason = tag.Value as string; break;
            }
        }

        long count = (long)value;
        long minute = MinuteOf(_time.GetUtcNow());
        lock (_gate)
        {
            var bucket = _ring[Slot(minute)];
            if (bucket.Minute != minute)
            {
                bucket.Reset(minute);
            }

            switch (instrument)
            {
                case "tidewater.events" when outcome == IngestOutcomes.Accepted && source == "queue": bucket.AcceptedQueue += count; break;
                case "tidewater.events" when outcome == IngestOutcomes.Accepted: bucket.AcceptedHttp += count; break;
                case "tidewater.events" when outcome == IngestOutcomes.Duplicate: bucket.Duplicates += count; break;
                case "tidewater.events" when outcome == IngestOutcomes.Rejected: bucket.Rejected += count; break;
                case "tidewater.events" when outcome == IngestOutcomes.Failed: bucket.Failed += count; break;
                case "tidewater.decisions" when decision == DecisionNames.Decline: bucket.Decline += count; break;
                case "tidewater.decisions" when decision == DecisionNames.Review: bucket.Review += count; break;
                case "tidewater.decisions": bucket.Approve += count; break;
                case "tidewater.alerts": bucket.Alerts += count; break;
                case "tidewater.queue.poisoned": bucket.Poisoned[reason ?? "unknown"] = bucket.Poisoned.GetValueOrDefault(reason ?? "unknown") + count; break;
                case "tidewater.ingest.duration" when outcome == IngestOutcomes.Accepted: bucket.Latency[LatencyBins.Of(value)]++; break;
            }
        }
    }

    private static void Add(MinuteBucket into, MinuteBucket bucket)
    {
        into.AcceptedHttp += bucket.AcceptedHttp;
        into.AcceptedQueue += bucket.AcceptedQueue;
        into.Duplicates += bucket.Duplicates;
        into.Rejected += bucket.Rejected;
        into.Failed += bucket.Failed;
        into.Approve += bucket.Approve;
        into.Review += bucket.Review;
        into.Decline += bucket.Decline;
        into.Alerts += bucket.Alerts;
        foreach (var (reason, count) in bucket.Poisoned)
        {
            into.Poisoned[reason] = into.Poisoned.GetValueOrDefault(reason) + count;
        }

        for (int bin = 0; bin < LatencyBins.Count; bin++)
        {
            into.Latency[bin] += bucket.Latency[bin];
        }
    }

    private static RealtimeMinute View(MinuteBucket b) => new(
        StartOf(b.Minute), b.AcceptedHttp, b.AcceptedQueue, b.Approve, b.Review, b.Decline, b.Alerts, b.Poisoned.Values.Sum(),
        LatencyBins.Percentile(b.Latency, 50), LatencyBins.Percentile(b.Latency, 99));

    private static RealtimeMinute Empty(long minute) => new(StartOf(minute), 0, 0, 0, 0, 0, 0, 0, null, null);

    private static long MinuteOf(DateTimeOffset instant) => (instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMinute;

    private static DateTimeOffset StartOf(long minute) => DateTimeOffset.UnixEpoch.AddMinutes(minute);

    private static int Slot(long minute) => (int)(minute % Minutes);
}
