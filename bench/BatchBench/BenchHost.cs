using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tidewater.App;
using Tidewater.App.Batch;
using Tidewater.LocalHost.Durable;

namespace Tidewater.BatchBench;

/// <summary>
/// The App composed as the hosts compose it (<c>AddTidewater</c>), with the local host's Durable engine (Azure Storage provider) running the batch functions
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
            ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "hub" + suffix,
        });
        builder.Configuration.AddInMemoryCollection(DurableConcurrency());
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddTidewater();
        if (withEngine)
        {
            builder.AddDurableTaskAzureStorage(BatchFunctions.Register);
        }

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(60));
        await host.Services.GetRequiredService<BatchStorage>().Batch.CreateIfNotExistsAsync();
        return new BenchHost(host);
    }

    /// <summary>
    /// The repository's host.json concurrency (<c>extensions.durableTask.maxConcurrent*Functions</c>) under
    /// <c>AzureFunctionsJobHost:</c>, as the local host reads it: the nearest host.json above this program.
    /// </summary>
    private static Dictionary<string, string?> DurableConcurrency()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "host.json")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new FileNotFoundException("No host.json above " + AppContext.BaseDirectory);
        }

        using var hostJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory.FullName, "host.json")));
        var durable = hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask");
        return new Dictionary<string, string?>
        {
            [DurableTaskEngineOptions.Section + ":maxConcurrentActivityFunctions"] = durable.GetProperty("maxConcurrentActivityFunctions").GetRawText(),
            [DurableTaskEngineOptions.Section + ":maxConcurrentOrchestratorFunctions"] = durable.GetProperty("maxConcurrentOrchestratorFunctions").GetRawText(),
        };
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
