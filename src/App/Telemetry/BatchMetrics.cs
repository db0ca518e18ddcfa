using System.Diagnostics.Metrics;

namespace Tidewater.App.Telemetry;

/// <summary>
/// The batch path's instruments, recorded once per finished batch by the report activity (the one step that runs
/// once per batch, outside orchestrator code, with the batch's result in its input): duration from planning to
/// report, events counted and chunks that failed within the tolerance, each tagged with the batch's outcome.
/// </summary>
public sealed class BatchMetrics
{
    /// <summary>The value of <see cref="TelemetryTags.Outcome"/> for a batch in which every chunk succeeded.</summary>
    public const string Completed = "completed";

    /// <summary>The value of <see cref="TelemetryTags.Outcome"/> for a batch that dropped chunks within the tolerance.</summary>
    public const string CompletedWithFailures = "completed_with_failures";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _items;
    private readonly Counter<long> _failedChunks;

    /// <summary>Creates the instruments on the host's <see cref="TidewaterTelemetry.MeterName"/> meter.</summary>
    public BatchMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(TidewaterTelemetry.MeterName);
        _duration = meter.CreateHistogram<double>(
            "tidewater.batch.duration", "s", "Time from a batch's planning to its report, by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = HistogramBuckets.BatchSeconds });
        _items = meter.CreateCounter<long>("tidewater.batch.items", "{event}", "Events counted (once per id) by finished batches, by outcome.");
        _failedChunks = meter.CreateCounter<long>("tidewater.batch.failed_chunks", "{chunk}", "Chunks finished batches dropped after their retries, by outcome.");
    }

    /// <summary>Records one finished batch; <paramref name="duration"/> is null when its start is unknown.</summary>
    public void Finished(TimeSpan? duration, long events, int failedChunks)
    {
        var outcome = new KeyValuePair<string, object?>(TelemetryTags.Outcome, failedChunks == 0 ? Completed : CompletedWithFailures);
        if (duration is { } elapsed)
        {
            _duration.Record(elapsed.TotalSeconds, outcome);
        }

        _items.Add(events, outcome);
        _failedChunks.Add(failedChunks, outcome);
    }
}
