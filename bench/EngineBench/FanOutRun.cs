using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tidewater.LocalHost.Configuration;
using Tidewater.LocalHost.Durable;

namespace Tidewater.EngineBench;

/// <summary>
/// One measurement: a generic host with the local host's Durable engine (<c>AddDurableTaskAzureStorage</c>) on its
/// own new task hub, the settings of one host.json, a small warm-up orchestration, then the measured one.
/// </summary>
internal static class FanOutRun
{
    public static async Task<FanOutMeasurement> MeasureAsync(string connection, string settingsDirectory, string hub, FanOutShape shape)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddFunctionsSettings(settingsDirectory);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            [DurableTaskEngineOptions.Section + ":hubName"] = hub,
        });
        // Warnings go to stderr: stdout carries only the result line bench/engine.sh reads.
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.AddDurableTaskAzureStorage(registry =>
        {
            registry.AddOrchestrator<FanOutOrchestrator>(FanOutOrchestrator.Name);
            registry.AddOrchestrator<GroupOrchestrator>(GroupOrchestrator.Name);
            registry.AddActivity<NoOpActivity>(NoOpActivity.Name);
        });

        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var client = host.Services.GetRequiredService<DurableTaskClient>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            await RunAsync(client, "warmup", new FanOutShape(1, 10), timeout.Token);

            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            long started = Stopwatch.GetTimestamp();
            var done = await RunAsync(client, "measured", shape, timeout.Token);
            double wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
            process.Refresh();
            return new FanOutMeasurement(shape, (done.LastUpdatedAt - done.CreatedAt).TotalSeconds, wall, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<OrchestrationMetadata> RunAsync(DurableTaskClient client, string id, FanOutShape shape, CancellationToken cancellationToken)
    {
        await client.ScheduleNewOrchestrationInstanceAsync(FanOutOrchestrator.Name, shape, new StartOrchestrationOptions { InstanceId = id }, cancellationToken);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
        if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed || done.ReadOutputAs<int>() != shape.Activities)
        {
            throw new InvalidOperationException($"{id} ({shape}) ended {done.RuntimeStatus} with {done.SerializedOutput}: {done.FailureDetails?.ErrorMessage}");
        }

        return done;
    }
}

/// <summary>
/// One measured orchestration: <see cref="Seconds"/> from its creation to its completion as the engine recorded them
/// (the client's wait for completion polls, which would add up to its poll interval), the client's wall time from the
/// start call until the wait returned, and this process's CPU time meanwhile.
/// </summary>
internal sealed record FanOutMeasurement(FanOutShape Shape, double Seconds, double ClientSeconds, double HostCpuSeconds)
{
    public double ActivitiesPerSecond => Shape.Activities / Seconds;
}
