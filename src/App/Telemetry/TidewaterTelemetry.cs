using System.Diagnostics;

namespace Tidewater.App.Telemetry;

/// <summary>
/// The names Tidewater's telemetry is published under: one <see cref="ActivitySource"/> for every span the App
/// layer starts and one meter name for every instrument (<c>docs/telemetry.md</c> lists them all).
/// </summary>
/// <remarks>
/// The source is static (activity sources have no factory); meters come from <see cref="System.Diagnostics.Metrics.IMeterFactory"/>
/// so that each host (and each test host) has its own. With no listener, <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// returns null and instruments drop measurements, so the hot path pays a check, not an allocation.
/// </remarks>
public static class TidewaterTelemetry
{
    /// <summary>The name of Tidewater's activity source: pass it to <c>AddSource</c>.</summary>
    public const string SourceName = "Tidewater";

    /// <summary>The name of Tidewater's meter: pass it to <c>AddMeter</c>.</summary>
    public const string MeterName = "Tidewater";

    /// <summary>Where every Tidewater span starts.</summary>
    public static ActivitySource Source { get; } = new(SourceName, typeof(TidewaterTelemetry).Assembly.GetName().Version?.ToString());
}
