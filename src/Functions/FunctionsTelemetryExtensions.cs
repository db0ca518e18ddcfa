using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Hosting;
using Tidewater.App.Telemetry;

namespace Tidewater.Functions;

/// <summary>
/// The Functions host's OpenTelemetry, in place of the Application Insights SDK (host.json <c>telemetryMode</c> is
/// <c>OpenTelemetry</c>, so the host and the worker both emit OpenTelemetry and one trace spans them).
/// </summary>
public static class FunctionsTelemetryExtensions
{
    /// <summary>
    /// Registers the shared composition (Tidewater's source and meter; OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is
    /// set) with the worker's defaults (invocation spans, the Functions resource), and the Azure Monitor exporter for
    /// traces, metrics and logs when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, publishing with the identity
    /// <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> names (<see cref="AzureMonitorCredential"/>).
    /// </summary>
    public static IHostApplicationBuilder AddTidewaterFunctionsTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var credential = AzureMonitorCredential.From(builder.Configuration);
        builder.AddTidewaterTelemetry(serviceName: null, (telemetry, exporters) =>
        {
            telemetry.UseFunctionsWorkerDefaults();
            if (exporters.AzureMonitor)
            {
                telemetry.UseAzureMonitorExporter(options =>
                {
                    if (credential is not null)
                    {
                        options.Credential = credential;
                    }
                });
            }
        });
        return builder;
    }
}
