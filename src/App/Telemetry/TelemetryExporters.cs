using Microsoft.Extensions.Configuration;

namespace Tidewater.App.Telemetry;

/// <summary>
/// Which exporters the configuration asks for, read from the standard variables (environment or app settings):
/// OTLP when <see cref="OtlpEndpointSetting"/> is set, Azure Monitor when <see cref="AzureMonitorSetting"/> is (only
/// the Functions host exports there). With neither, no OpenTelemetry SDK is registered at all, so nothing listens and
/// spans and measurements cost a null check.
/// </summary>
/// <param name="Otlp">True when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</param>
/// <param name="AzureMonitor">True when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set.</param>
public sealed record TelemetryExporters(bool Otlp, bool AzureMonitor)
{
    /// <summary>The OpenTelemetry standard setting of the OTLP endpoint (all signals).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The Application Insights connection string, as the Functions platform and the infra set it.</summary>
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The OpenTelemetry standard setting of the service name; when unset each host names itself.</summary>
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    /// <summary>True when any exporter is configured, so the SDK is worth running.</summary>
    public bool Any => Otlp || AzureMonitor;

    /// <summary>Reads the exporters <paramref name="configuration"/> asks for.</summary>
    public static TelemetryExporters From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new(
            !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]),
            !string.IsNullOrWhiteSpace(configuration[AzureMonitorSetting]));
    }
}
