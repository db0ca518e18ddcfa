using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tidewater.Orchestration;
using Tidewater.Orchestration.Engine;
using Tidewater.Storage;

namespace Tidewater.EngineBench;

/// <summary>An engine composed as a host composes it, with the benchmark's functions and a write counter on its storage.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private int _activityRuns;

    public BenchEngine(string connectionString, string hubName, int activities, int orchestrators)
    {
        var clientOptions = new StorageClientOptions();
        clientOptions.AddPolicy(Writes, HttpPipelinePosition.PerRetry);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(StorageConnection.Parse(connectionString).CreateBlobServiceClient(clientOptions));
        services.AddLocalOrchestrationEngine(registry => registry
            .AddOrchestrator<int[], long>("FanOutFanIn", async (context, shape) =>
            {
                long total = 0;
                for (var round = 0; round < shape![0]; round++)
                {
                    var results = await Task.WhenAll(Enumerable.Range(0, shape[1]).Select(i => context.CallActivityAsync<int>("Noop", i)));
                    total += results.Sum();
                }

                return total;
            })
            .AddOrchestrator<int, long>("Chain", async (context, length) =>
            {
                long total = 0;
                for (var i = 0; i < length; i++)
                {
                    total += await context.CallActivityAsync<int>("Noop", i);
                }

                return total;
            })
            .AddActivity<int, int>("Noop", (_, value, _) =>
            {
                Interlocked.Increment(ref _activityRuns);
                return Task.FromResult(value);
            }));
        services.Configure<LocalOrchestrationEngineOptions>(o =>
        {
            o.HubName = hubName;
            o.MaxConcurrentActivityFunctions = activities;
            o.MaxConcurrentOrchestratorFunctions = orchestrators;
        });
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<LocalOrchestrationEngine>();
        Client = _provider.GetRequiredService<IOrchestrationClient>();
        Blobs = _provider.GetRequiredService<BlobServiceClient>();
    }

    public WriteCounter Writes { get; } = new();

    public LocalOrchestrationEngine Engine { get; }

    public IOrchestrationClient Client { get; }

    public BlobServiceClient Blobs { get; }

    public int ActivityRuns => Volatile.Read(ref _activityRuns);

    /// <summary>The output of a FanOutFanIn instance of that shape.</summary>
    public static long Expected(int rounds, int width) => (long)rounds * width * (width - 1) / 2;

    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, long expected)
    {
        var result = await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true);
        if (result.RuntimeStatus != OrchestrationRuntimeStatus.Completed || result.ReadOutputAs<long>() != expected)
        {
            throw new InvalidOperationException($"Instance {instanceId} ended {result.RuntimeStatus} with {result.SerializedOutput}, expected {expected}.");
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.StopAsync(CancellationToken.None);
        await _provider.DisposeAsync();
    }
}
