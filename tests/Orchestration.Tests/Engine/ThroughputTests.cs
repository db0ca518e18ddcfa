using System.Collections.Concurrent;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

/// <summary>Checkpoints are batched, and the host.json concurrency caps hold.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class ThroughputTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task FanOut_1000Activities_TakesFarFewerStorageWritesThanActivities()
    {
        var requests = new StorageRequestLog();
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<int, int>("FanOut", async (context, width) =>
                (await Task.WhenAll(Enumerable.Range(0, width).Select(i => context.CallActivityAsync<int>("Noop", i)))).Length)
            .AddActivity<int, int>("Noop", (_, i, _) => Task.FromResult(i)), requests: requests);
        requests.Reset();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 1000);
        var result = await host.WaitAsync(id);

        Assert.Equal(1000, result.ReadOutputAs<int>());
        Assert.InRange(requests.Appends, 2, 100);
        Assert.InRange(requests.Writes, 4, 110);
        Assert.Equal(2000, (await host.HistoryAsync(id)).Count(e => e is Tidewater.Orchestration.Engine.History.TaskScheduledEvent or Tidewater.Orchestration.Engine.History.TaskCompletedEvent));
    }

    [Fact]
    public async Task Activities_NeverMoreRunningThanMaxConcurrentActivityFunctions()
    {
        var running = 0;
        var peak = 0;
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<int, int>("FanOut", async (context, width) =>
                (await Task.WhenAll(Enumerable.Range(0, width).Select(i => context.CallActivityAsync<int>("Busy", i)))).Length)
            .AddActivity<int, int>("Busy", async (_, i, cancellationToken) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref peak, now);
                await Task.Delay(5, cancellationToken); // real work takes time; lets the activities overlap
                Interlocked.Decrement(ref running);
                return i;
            }), options => options.MaxConcurrentActivityFunctions = 3);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 40);
        await host.WaitAsync(id);

        Assert.Equal(3, peak);
    }

    [Fact]
    public async Task Orchestrations_NeverMoreEpisodesCheckpointingThanMaxConcurrentOrchestratorFunctions()
    {
        var requests = new StorageRequestLog { BeforeAppend = _ => Task.Delay(20) }; // a slow store makes turns overlap
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<int, int>("Short", async (context, value) => await context.CallActivityAsync<int>("Noop", value))
            .AddActivity<int, int>("Noop", (_, i, _) => Task.FromResult(i)),
            options => options.MaxConcurrentOrchestratorFunctions = 2, requests: requests);

        var ids = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 12).Select(async i => ids.Add(await host.Client.ScheduleNewOrchestrationInstanceAsync("Short", i))));
        foreach (var id in ids)
        {
            await host.WaitAsync(id);
        }

        Assert.Equal(2, requests.MaxAppendsInFlight);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
        {
            current = Volatile.Read(ref target);
        }
    }
}
