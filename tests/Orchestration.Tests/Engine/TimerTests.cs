using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class TimerTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task CreateTimer_FakeClockReachesFireAt_ResumesWithCurrentTimeAtFireAt()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Sleeper", async (context, _) =>
            {
                var start = context.CurrentUtcDateTime;
                await context.CreateTimer(start.AddHours(1), CancellationToken.None);
                return (context.CurrentUtcDateTime - start).ToString();
            }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper");
        await host.IdleAsync();
        _time.Advance(TimeSpan.FromMinutes(59));
        await host.IdleAsync();
        var before = await host.Client.GetInstanceAsync(id);
        _time.Advance(TimeSpan.FromMinutes(1));
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Running, before!.RuntimeStatus);
        Assert.Equal(TimeSpan.FromHours(1).ToString(), result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CreateTimer_TokenCancelled_CancelsTheTimerTaskWithoutWaiting()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Cancelling", async (context, _) =>
            {
                using var cancel = new CancellationTokenSource();
                var timer = context.CreateTimer(context.CurrentUtcDateTime.AddDays(1), cancel.Token);
                cancel.Cancel();
                try
                {
                    await timer;
                    return "fired";
                }
                catch (TaskCanceledException)
                {
                    return "cancelled";
                }
            }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Cancelling");
        var result = await host.WaitAsync(id);

        Assert.Equal("cancelled", result.ReadOutputAs<string>());
        Assert.Equal(0, _time.ActiveTimerCount);
    }

    [Fact]
    public async Task CreateTimer_FireAtInThePast_FiresAtOnce()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Past", async (context, _) =>
            {
                await context.CreateTimer(context.CurrentUtcDateTime.AddHours(-1), CancellationToken.None);
                return "fired";
            }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Past");
        var result = await host.WaitAsync(id);

        Assert.Equal("fired", result.ReadOutputAs<string>());
    }
}
