using System.Diagnostics.Metrics;

namespace Tidewater.App.Telemetry;

/// <summary>
/// The model version the real-time path serves, as the gauge <c>tidewater.model.version_served</c>: value 1 with the
/// version as the <c>tidewater.model.version</c> tag (versions are hashes like <c>v-3f2a…</c>, not numbers), read
/// from the model provider at each collection.
/// </summary>
public sealed class ModelMetrics(IMeterFactory meterFactory)
{
    private readonly Meter _meter = (meterFactory ?? throw new ArgumentNullException(nameof(meterFactory))).Create(TidewaterTelemetry.MeterName);
    private ObservableGauge<int>? _served;

    /// <summary>Publishes the gauge, reading the served version from <paramref name="servedVersion"/> (once per host).</summary>
    public void Observe(Func<string> servedVersion)
    {
        ArgumentNullException.ThrowIfNull(servedVersion);
        _served ??= _meter.CreateObservableGauge(
            "tidewater.model.version_served",
            () => new Measurement<int>(1, new KeyValuePair<string, object?>(TelemetryTags.ModelVersion, servedVersion())),
            "{model}",
            "The model version the real-time path scores with: 1, tagged with the version.");
    }
}
