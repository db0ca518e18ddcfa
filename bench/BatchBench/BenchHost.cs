using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tidewater.App;
using Tidewater.App.Batch;
using Tidewater.Orchestration.Engine;

namespace Tidewater.BatchBench;

/// <summary>
/// The App composed as the hosts compose it (<c>AddTidewater</c>), with the local engine running the batch functions
/// when asked; containers and task hub named by a suffix, so seed and run meet and sizes stay apart.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(IHost host) => Host = host;

    public IHost Host { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<BenchHost> StartAsync(string connection, string suffix, bool withEngine)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            ["InboundQueue"] = "in-" + suffix,
            ["Tidewater:AlertQueue"] = "alerts-" + suffix,
            ["Tidewater:EventsContainer"] = "events-" + suffix,
            ["Tidewater:ModelsContainer"] = "models-" + suffix,
            ["Tidewater:PoisonContainer"] = "poison-" + suffix,
            ["Tidewater:BatchContainer"] = "batch-" + suffix,
            ["Tidewater:WindowMinutes"] = "60",
            // The repository's host.json values, as the local host reads them.
            ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "hub" + suffix,
            ["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentActivityFunctions"] = "2",
            ["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentOrchestratorFunctions"] = "4",
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddTidewater();
        if (withEngine)
        {
            builder.Services.AddLocalOrchestrationEngine(BatchFunctions.Register);
        }

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(60));
        await host.Services.GetRequiredService<BatchStorage>().Batch.CreateIfNotExistsAsync();
        return new BenchHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
