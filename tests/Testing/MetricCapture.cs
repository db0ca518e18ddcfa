using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Tidewater.App.Telemetry;

namespace Tidewater.Testing;

/// <summary>One measurement: its instrument, value and tags.</summary>
public sealed record CapturedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    /// <summary>True when every (key, value) of <paramref name="tags"/> is among <see cref="Tags"/>.</summary>
    public bool Has(params (string Key, object? Value)[] tags) =>
        tags.All(t => Tags.TryGetValue(t.Key, out var value) && Equals(value, t.Value));
}

/// <summary>
/// Records every measurement of the Tidewater meter created by one <see cref="IMeterFactory"/> (a host's, or a
/// <see cref="TestMeterFactory"/>), so concurrent tests never see each other's.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<CapturedMeasurement> _measurements = new();

    public MetricCapture(IMeterFactory scope)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TidewaterTelemetry.MeterName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every measurement of <paramref name="instrument"/> so far.</summary>
    public IReadOnlyList<CapturedMeasurement> Of(string instrument) => [.. _measurements.Where(m => m.Instrument == instrument)];

    /// <summary>The sum of <paramref name="instrument"/>'s measurements that have all of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, object? Value)[] tags) =>
        Of(instrument).Where(m => m.Has(tags)).Sum(m => m.Value);

    /// <summary>How many measurements of <paramref name="instrument"/> have all of <paramref name="tags"/> (histogram counts).</summary>
    public int Count(string instrument, params (string Key, object? Value)[] tags) =>
        Of(instrument).Count(m => m.Has(tags));

    /// <summary>Reads the observable instruments once (their measurements are added like any other).</summary>
    public void RecordObservables() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(tags.Length);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue(new CapturedMeasurement(instrument.Name, value, copy));
    }
}
