using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Storage;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Support;

/// <summary>
/// One local engine on a task hub of the shared Azurite, composed with <c>AddLocalOrchestrationEngine</c> as a host
/// would, with a fake clock and a request log on its storage pipeline.
/// </summary>
internal sealed class EngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly bool _allHostedServices;

    private EngineHost(ServiceProvider provider, bool allHostedServices)
    {
        _provider = provider;
        _allHostedServices = allHostedServices;
        Engine = provider.GetRequiredService<LocalOrchestrationEngine>();
        Client = provider.GetRequiredService<IOrchestrationClient>();
        Logs = provider.GetRequiredService<ListLoggerProvider>();
        Blobs = provider.GetRequiredService<BlobServiceClient>();
    }

    public LocalOrchestrationEngine Engine { get; }

    public IOrchestrationClient Client { get; }

    public ListLoggerProvider Logs { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>A fresh task hub name.</summary>
    public static string NewHub() => "t" + Guid.NewGuid().ToString("N")[..20];

    public static async Task<EngineHost> StartAsync(AzuriteFixture azurite, string hubName, TimeProvider time,
        Action<OrchestrationRegistry> register, Action<LocalOrchestrationEngineOptions>? configure = null,
        StorageRequestLog? requests = null, bool allHostedServices = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ListLoggerProvider>();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<ILoggerProvider>(provider => provider.GetRequiredService<ListLoggerProvider>());
        services.AddSingleton(time);
        var clientOptions = azurite.CreateClientOptions();
        if (requests is not null)
        {
            clientOptions.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        }

        services.AddSingleton(azurite.Connection.CreateBlobServiceClient(clientOptions));
        services.AddLocalOrchestrationEngine(register);
        services.Configure<LocalOrchestrationEngineOptions>(options =>
        {
            options.HubName = hubName;
            options.MaxConcurrentActivityFunctions = 8;
            options.MaxConcurrentOrchestratorFunctions = 4;
            configure?.Invoke(options);
        });
        var provider = services.BuildServiceProvider();
        var host = new EngineHost(provider, allHostedServices);
        try
        {
            if (allHostedServices)
            {
                foreach (var service in provider.GetServices<IHostedService>())
                {
                    await service.StartAsync(CancellationToken.None);
                }

                // The engine starts in the background (it retries while storage is unreachable).
                await host.Engine.Started.WaitAsync(TimeSpan.FromSeconds(30));
            }
            else
            {
                await host.Engine.StartAsync(CancellationToken.None);
            }
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Waits (30 s at most, real time) for the instance to finish.</summary>
    public async Task<OrchestrationMetadata> WaitAsync(string instanceId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Waits until no message or activity is queued or running.</summary>
    public async Task IdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Engine.WaitForIdleAsync(timeout.Token);
    }

    /// <summary>The checkpointed history of an instance's current execution, read from storage.</summary>
    public async Task<List<HistoryEvent>> HistoryAsync(string instanceId)
    {
        var container = Blobs.GetBlobContainerClient(Engine.ContainerName);
        var stored = await new InstanceStore(container).ReadAsync(instanceId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No instance {instanceId}.");
        var (_, events) = await HistoryLog.OpenAsync(container, instanceId, stored.State.ExecutionId, CancellationToken.None);
        return events;
    }

    public Task CrashAsync() => Engine.SimulateCrashAsync();

    /// <summary>Stops at once: running activities are cancelled, queued results checkpointed, the lease released.</summary>
    public async Task StopAsync()
    {
        if (_allHostedServices)
        {
            foreach (var service in _provider.GetServices<IHostedService>().Reverse())
            {
                await service.StopAsync(new CancellationToken(canceled: true));
            }
        }
        else
        {
            await Engine.StopAsync(new CancellationToken(canceled: true));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _provider.DisposeAsync();
    }
}
