using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Tidewater.App.Telemetry;

/// <summary>The OpenTelemetry SDK composition both hosts share; each adds its own instrumentation through the callback.</summary>
public static class TelemetryHostBuilderExtensions
{
    /// <summary>
    /// When an exporter is configured (<see cref="TelemetryExporters"/>), registers the OpenTelemetry SDK with Tidewater's
    /// activity source and meter, OTLP export for every signal when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (protocol,
    /// headers and so on from the other standard <c>OTEL_EXPORTER_OTLP_*</c> settings), the service name
    /// <paramref name="serviceName"/> unless <c>OTEL_SERVICE_NAME</c> is set, and then the host's part. Without an
    /// exporter it registers nothing: no listener, so telemetry costs nothing on the hot path.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="serviceName">The service name when <c>OTEL_SERVICE_NAME</c> is unset; null leaves it to the SDK's detectors.</param>
    /// <param name="configureHost">The host's instrumentation and exporters, given what is configured.</param>
    /// <returns>The exporters found (also registered as a singleton).</returns>
    public static TelemetryExporters AddTidewaterTelemetry(
        this IHostApplicationBuilder builder, string? serviceName = null, Action<OpenTelemetryBuilder, TelemetryExporters>? configureHost = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var exporters = TelemetryExporters.From(builder.Configuration);
        builder.Services.AddSingleton(exporters);
        if (!exporters.Any)
        {
            return exporters;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(TidewaterTelemetry.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(TidewaterTelemetry.MeterName));
        if (serviceName is not null && string.IsNullOrWhiteSpace(builder.Configuration[TelemetryExporters.ServiceNameSetting]))
        {
            telemetry.ConfigureResource(resource => resource.AddService(serviceName));
        }

        if (exporters.Otlp)
        {
            telemetry.UseOtlpExporter();
        }

        configureHost?.Invoke(telemetry, exporters);
        return exporters;
    }
}
