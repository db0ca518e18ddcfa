using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tidewater.App.Telemetry;

/// <summary>Registers Tidewater's instruments; called by <c>AddTidewater</c>, so both hosts have the same ones.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="System.Diagnostics.Metrics.IMeterFactory"/> (once) and the instrument classes, each a
    /// singleton that creates its instruments once on the host's <see cref="TidewaterTelemetry.MeterName"/> meter.
    /// </summary>
    public static IServiceCollection AddTidewaterMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.TryAddSingleton<IngestMetrics>();
        services.TryAddSingleton<AccumulationMetrics>();
        services.TryAddSingleton<PoisonMetrics>();
        services.TryAddSingleton<BatchMetrics>();
        services.TryAddSingleton<ModelMetrics>();
        return services;
    }
}
