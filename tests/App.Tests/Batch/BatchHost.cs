using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Tidewater.App.Batch;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Batch;

/// <summary>
/// The App composed as the hosts compose it (<c>AddTidewater</c>), optionally with Durable Task's in-memory engine
/// running the batch functions (<see cref="BatchFunctions.Register"/>, real replay, activities on Azurite), with names
/// unique to the test. The local host's own engine (Durable's Azure Storage provider) is tested in LocalHost.Tests.
/// </summary>
internal sealed class BatchHost : IAsyncDisposable
{
    private BatchHost(IHost host) => Host = host;

    public IHost Host { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public BatchStorage Storage => Get<BatchStorage>();

    public DurableTaskClient Client => Get<DurableTaskClient>();

    /// <summary>Unique containers and task hub; 1-minute windows sealed 10 s after their end; small chunks.</summary>
    public static Dictionary<string, string?> Settings(AzuriteFixture azurite)
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        string suffix = Guid.NewGuid().ToString("N")[..12];
        settings["Tidewater:BatchContainer"] = "batch-" + suffix;
        settings["Tidewater:WindowMinutes"] = "1";
        settings["Tidewater:SealGraceSeconds"] = "10";
        settings["Tidewater:ChunkMaxItems"] = "7";
        settings["Tidewater:ChunkGroupSize"] = "2";
        settings["Tidewater:MaxChunksInFlight"] = "2";
        settings["Tidewater:MinLabels"] = "20";
        settings["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "t" + suffix;
        settings["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentActivityFunctions"] = "8";
        settings["AzureFunctionsJobHost:extensions:durableTask:maxConcurrentOrchestratorFunctions"] = "4";
        return settings;
    }

    public static async Task<BatchHost> StartAsync(
        AzuriteFixture azurite, Dictionary<string, string?> settings, TimeProvider time, bool withEngine, StorageClientSettings? clientOptions = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStorageClientSettings(clientOptions ?? azurite.CreateClientSettings());
        builder.Services.AddSingleton(time);
        builder.AddTidewater();
        if (withEngine)
        {
            builder.Services.AddInMemoryDurableTask(BatchFunctions.Register);
            builder.Services.AddOrchestrationJsonWorker();
        }

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<BatchStorage>().Batch.CreateIfNotExistsAsync();
        return new BatchHost(host);
    }

    /// <summary>Waits (real time, 90 s at most) for an instance to finish.</summary>
    public async Task<OrchestrationMetadata> WaitAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
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
