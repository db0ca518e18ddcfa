using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Tidewater.App.Telemetry;

namespace Tidewater.LocalHost.Diagnostics;

/// <summary>The local host's OpenTelemetry: the shared composition plus ASP.NET Core, HttpClient and runtime instrumentation.</summary>
public static class LocalHostTelemetryExtensions
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> is unset.</summary>
    public const string ServiceName = "tidewater-localhost";

    /// <summary>
    /// Registers the SDK when an exporter is configured (<see cref="TelemetryExporters"/>; only OTLP applies here):
    /// request spans (the parent of each call's <c>validate</c>/<c>score</c>/<c>append</c>), outgoing HTTP spans (the
    /// storage calls made within a request, message or batch span: the queue listener's and Durable's polling would
    /// otherwise be a root trace per poll) and the ASP.NET Core and runtime metrics next to Tidewater's.
    /// </summary>
    public static IHostApplicationBuilder AddLocalHostTelemetry(this IHostApplicationBuilder builder)
    {
        builder.AddTidewaterTelemetry(ServiceName, (telemetry, _) => telemetry
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation(options => options.FilterHttpRequestMessage = _ => InTrace(Activity.Current)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()));
        return builder;
    }

    // The filter may run with the outgoing span already current, or with the caller's: either way, in a trace means
    // that span has a parent, or is one of ours or a request.
    private static bool InTrace(Activity? current) =>
        current is not null
        && (current.ParentSpanId != default || current.Source.Name == TidewaterTelemetry.SourceName || current.Kind == ActivityKind.Server);

    // Health is polled by every load balancer and script: its spans would drown the rest.
    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/health", StringComparison.OrdinalIgnoreCase);
}
