using System.Diagnostics.Metrics;
using Tidewater.App.Queues;

namespace Tidewater.App.Telemetry;

/// <summary>The queue path's poison counter (<c>docs/telemetry.md</c>), recorded by <see cref="PoisonQueue"/> on both hosts.</summary>
public sealed class PoisonMetrics
{
    private readonly Counter<long> _poisoned;

    /// <summary>Creates the instrument on the host's <see cref="TidewaterTelemetry.MeterName"/> meter.</summary>
    public PoisonMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _poisoned = meterFactory.Create(TidewaterTelemetry.MeterName)
            .CreateCounter<long>("tidewater.queue.poisoned", "{message}", "Inbound messages moved to the poison queue, by reason.");
    }

    /// <summary>Counts one poisoned message.</summary>
    public void Poisoned(PoisonCause cause) =>
        _poisoned.Add(1, new KeyValuePair<string, object?>(TelemetryTags.PoisonReason, PoisonCauses.Name(cause)));
}
