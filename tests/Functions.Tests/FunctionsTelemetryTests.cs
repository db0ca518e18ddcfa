using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using Tidewater.App.Telemetry;
using Tidewater.Testing;
using Xunit;

namespace Tidewater.Functions.Tests;

/// <summary>
/// Program's telemetry wiring (<see cref="FunctionsTelemetryExtensions.AddTidewaterFunctionsTelemetry"/>) on a plain
/// host builder. The Azure Monitor exporter is only registered, never started: it would call Azure endpoints.
/// </summary>
public sealed class FunctionsTelemetryTests
{
    private const string ConnectionString = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTidewaterFunctionsTelemetry();
        return builder;
    }

    private static bool HasAzureMonitor(IServiceCollection services)
    {
        var assembly = typeof(AzureMonitorExporterOptions).Assembly;
        return services.Any(d => d.ServiceType.Assembly == assembly || d.ImplementationType?.Assembly == assembly
            || (d.ServiceType.IsGenericType && d.ServiceType.GetGenericArguments().Any(a => a.Assembly == assembly)));
    }

    [Fact]
    public void NoExporterConfigured_RegistersNoSdk()
    {
        var builder = Builder(new() { [TelemetryExporters.OtlpEndpointSetting] = "", [TelemetryExporters.AzureMonitorSetting] = "" });

        Assert.False(HasAzureMonitor(builder.Services));
        using var services = builder.Services.BuildServiceProvider();
        Assert.Null(services.GetService<TracerProvider>());
    }

    [Fact]
    public void ConnectionStringSet_RegistersAzureMonitor_WithTheIdentityOfTheAuthenticationString()
    {
        var builder = Builder(new()
        {
            [TelemetryExporters.AzureMonitorSetting] = ConnectionString,
            [AzureMonitorCredential.Setting] = "ClientId=11111111-2222-3333-4444-555555555555;Authorization=AAD",
        });

        Assert.True(HasAzureMonitor(builder.Services));
        using var services = builder.Services.BuildServiceProvider();
        Assert.IsType<ManagedIdentityCredential>(services.GetRequiredService<IOptionsMonitor<AzureMonitorExporterOptions>>().Get(Options.DefaultName).Credential);
    }

    [Fact]
    public async Task OtlpEndpointSet_ExportsTidewaterSpansThere_WithoutAzureMonitor()
    {
        using var sink = new OtlpSink();
        var builder = Builder(new() { [TelemetryExporters.OtlpEndpointSetting] = sink.Endpoint, ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf" });
        Assert.False(HasAzureMonitor(builder.Services));
        using var host = builder.Build();
        await host.StartAsync();

        var tracing = host.Services.GetRequiredService<TracerProvider>();
        var probe = TidewaterTelemetry.Source.StartActivity("probe");
        Assert.True(probe?.Recorded, "the Tidewater source is not sampled");
        probe!.Dispose();

        // Flushed; and again while the sink has seen nothing (an export on a loaded machine can fail now and then).
        var paths = await Eventually.WaitAsync(
            () =>
            {
                tracing.ForceFlush(10_000);
                TidewaterTelemetry.Source.StartActivity("probe")?.Dispose();
                return Task.FromResult(sink.Paths);
            },
            posted => posted.Contains("/v1/traces"), "a trace export to the OTLP endpoint");
        await host.StopAsync();

        Assert.Contains("/v1/traces", paths);
    }

    [Theory]
    [InlineData("ClientId=abc;Authorization=AAD", true)]
    [InlineData("Authorization=AAD", true)]
    [InlineData(" authorization = aad ; clientid = abc ", true)]
    [InlineData("ClientId=abc", false)]
    [InlineData("", false)]
    public void AzureMonitorCredential_EntraOnlyWhenAuthorizationIsAad(string setting, bool entra)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [AzureMonitorCredential.Setting] = setting }).Build();

        Assert.Equal(entra, AzureMonitorCredential.From(configuration) is ManagedIdentityCredential);
    }
}
