using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class RetentionTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task PurgeFinishedInstances_OnlyThoseFinishedBeforeTheCutoff()
    {
        await using var host = await StartAsync(allHostedServices: false);
        var old = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "old");
        await host.WaitAsync(old);
        _time.Advance(TimeSpan.FromDays(10));
        var recent = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "recent");
        await host.WaitAsync(recent);
        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper");
        await host.IdleAsync();

        var purged = await host.Engine.PurgeFinishedInstancesAsync(_time.GetUtcNow().AddDays(-5));

        Assert.Equal(1, purged);
        Assert.Null(await host.Client.GetInstanceAsync(old));
        Assert.NotNull(await host.Client.GetInstanceAsync(recent));
        Assert.NotNull(await host.Client.GetInstanceAsync(running));
    }

    [Fact]
    public async Task RetentionService_EveryInterval_PurgesInstancesOlderThanTheRetention()
    {
        await using var host = await StartAsync(allHostedServices: true);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "x");
        await host.WaitAsync(id);

        _time.Advance(TimeSpan.FromHours(1));
        await host.IdleAsync();
        var afterOneHour = await host.Client.GetInstanceAsync(id);
        _time.Advance(TimeSpan.FromDays(1));

        Assert.NotNull(afterOneHour);
        await Eventually.WaitAsync(async () => await host.Client.GetInstanceAsync(id), instance => instance is null, "the retention run to purge it");
    }

    private Task<EngineHost> StartAsync(bool allHostedServices) => EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
        .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input!))
        .AddOrchestrator<string, string>("Sleeper", async (context, _) =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddDays(100), CancellationToken.None);
            return "slept";
        }), options =>
        {
            options.CompletedInstanceRetention = TimeSpan.FromDays(1);
            options.RetentionInterval = TimeSpan.FromHours(1);
        }, allHostedServices: allHostedServices);
}
