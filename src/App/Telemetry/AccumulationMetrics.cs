using System.Diagnostics.Metrics;

namespace Tidewater.App.Telemetry;

/// <summary>
/// The group commit's instruments: how many calls share one append block, and how long each append to storage
/// takes (<c>docs/telemetry.md</c>). Recorded once per append, not per event.
/// </summary>
public sealed class AccumulationMetrics
{
    /// <summary>The value of <see cref="TelemetryTags.Outcome"/> for an append that storage took.</summary>
    public const string Appended = "appended";

    /// <summary>The value of <see cref="TelemetryTags.Outcome"/> for an append that failed (its callers got 503).</summary>
    public const string Failed = "failed";

    private readonly Histogram<long> _groupSize;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on the host's <see cref="TidewaterTelemetry.MeterName"/> meter.</summary>
    public AccumulationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(TidewaterTelemetry.MeterName);
        _groupSize = meter.CreateHistogram<long>(
            "tidewater.append.batch_size", "{call}", "Calls whose records one group-commit append block carried.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = HistogramBuckets.GroupSizes });
        _duration = meter.CreateHistogram<double>(
            "tidewater.append.duration", "s", "Time of one append block to a window segment (storage round trips included), by outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = HistogramBuckets.Seconds });
    }

    /// <summary>Records one append block of <paramref name="calls"/> callers that took <paramref name="elapsed"/>.</summary>
    public void Append(int calls, TimeSpan elapsed, bool succeeded)
    {
        var outcome = new KeyValuePair<string, object?>(TelemetryTags.Outcome, succeeded ? Appended : Failed);
        if (_groupSize.Enabled)
        {
            _groupSize.Record(calls, outcome);
        }

        if (_duration.Enabled)
        {
            _duration.Record(elapsed.TotalSeconds, outcome);
        }
    }
}
