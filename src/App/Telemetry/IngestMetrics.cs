using System.Diagnostics;
using System.Diagnostics.Metrics;
using Tidewater.App.Accumulation;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Telemetry;

/// <summary>
/// The real-time path's instruments: events by source and outcome, decisions, alerts and the duration of each call
/// (<c>docs/telemetry.md</c>). Created once per host from its <see cref="IMeterFactory"/>.
/// </summary>
public sealed class IngestMetrics
{
    private readonly Counter<long> _events;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _alerts;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the instruments on the host's <see cref="TidewaterTelemetry.MeterName"/> meter.</summary>
    public IngestMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(TidewaterTelemetry.MeterName);
        _events = meter.CreateCounter<long>("tidewater.events", "{event}", "Events received by the real-time path, by source and outcome.");
        _decisions = meter.CreateCounter<long>("tidewater.decisions", "{event}", "Risk decisions made for new events, by decision.");
        _alerts = meter.CreateCounter<long>("tidewater.alerts", "{alert}", "Review and decline alerts sent, by source.");
        _duration = meter.CreateHistogram<double>(
            "tidewater.ingest.duration", "s", "Time from receipt of a call (request body or queue message) to its answer, by source and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = HistogramBuckets.Seconds });
    }

    /// <summary>Counts <paramref name="count"/> events of one call with <paramref name="outcome"/> (<see cref="IngestOutcomes"/>).</summary>
    public void Events(EventSource source, string outcome, long count)
    {
        if (count > 0 && _events.Enabled)
        {
            _events.Add(count, new TagList { { TelemetryTags.Source, TelemetryTags.SourceName(source) }, { TelemetryTags.Outcome, outcome } });
        }
    }

    /// <summary>Counts <paramref name="count"/> decisions of one kind.</summary>
    public void Decisions(Decision decision, long count)
    {
        if (count > 0 && _decisions.Enabled)
        {
            _decisions.Add(count, new KeyValuePair<string, object?>(TelemetryTags.Decision, TelemetryTags.DecisionName(decision)));
        }
    }

    /// <summary>Counts alerts sent for one call.</summary>
    public void Alerts(EventSource source, long count)
    {
        if (count > 0 && _alerts.Enabled)
        {
            _alerts.Add(count, new KeyValuePair<string, object?>(TelemetryTags.Source, TelemetryTags.SourceName(source)));
        }
    }

    /// <summary>Records one call's duration with its outcome (<see cref="IngestOutcomes"/>).</summary>
    public void Call(EventSource source, string outcome, TimeSpan elapsed)
    {
        if (_duration.Enabled)
        {
            _duration.Record(elapsed.TotalSeconds, new TagList { { TelemetryTags.Source, TelemetryTags.SourceName(source) }, { TelemetryTags.Outcome, outcome } });
        }
    }
}
