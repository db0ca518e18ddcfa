using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App.Batch;
using Tidewater.App.Storage;
using Tidewater.Orchestration;
using Tidewater.Orchestration.Engine;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Batch;

/// <summary>
/// The App composed as the hosts compose it (<c>AddTidewater</c>), optionally with the local orchestration engine
/// running the batch functions (<see cref="BatchFunctions.Register"/>), on Azurite with names unique to the test.
/// </summary>
internal sealed class BatchHost : IAsyncDisposable
{
    private BatchHost(IHost host) => Host = host;

    public IHost Host { get; }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public BatchStorage Storage => Get<BatchStorage>();

    public IOrchestrationClient Client => Get<IOrchestrationClient>();

    public LocalOrchestrationEngine Engine => Get<LocalOrchestrationEngine>();

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
            builder.Services.AddLocalOrchestrationEngine(BatchFunctions.Register);
        }

        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<BatchStorage>().Batch.CreateIfNotExistsAsync();
        return new BatchHost(host);
    }

    /// <summary>Dies as a killed process would (the engine's internal test hook).</summary>
    public Task CrashEngineAsync() => Engine.SimulateCrashAsync();

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
