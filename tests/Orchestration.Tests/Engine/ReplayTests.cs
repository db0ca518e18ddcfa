using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class ReplayTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Sequence_ChainsActivityOutputs_CompletesWithTheLastOutput()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Chain", async (context, input) =>
            {
                var first = await context.CallActivityAsync<string>("Append", input + ">a");
                var second = await context.CallActivityAsync<string>("Append", first + ">b");
                return await context.CallActivityAsync<string>("Append", second + ">c");
            })
            .AddActivity<string, string>("Append", (_, text, _) => Task.FromResult(text + "!")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Chain", "start");
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("start>a!>b!>c!", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task FanOutFanIn_WhenAll_CombinesEveryResult()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<int, long>("FanOut", async (context, count) =>
            {
                var squares = await Task.WhenAll(Enumerable.Range(0, count).Select(i => context.CallActivityAsync<long>("Square", i)));
                return squares.Sum();
            })
            .AddActivity<int, long>("Square", (_, i, _) => Task.FromResult((long)i * i)));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", 200);
        var result = await host.WaitAsync(id);

        Assert.Equal(Enumerable.Range(0, 200).Sum(i => (long)i * i), result.ReadOutputAs<long>());
    }

    [Fact]
    public async Task WhenAny_ActivityBeatsTimer_ReturnsActivityResultWithoutTimeMoving()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Race", RaceAsync)
            .AddActivity<string, string>("Work", (_, _, _) => Task.FromResult("done")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Race");
        var result = await host.WaitAsync(id);

        Assert.Equal("activity:done", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task WhenAny_TimerBeatsActivity_ReturnsTimeoutAtTheFakeFireTime()
    {
        var blocked = new TaskCompletionSource();
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Race", RaceAsync)
            .AddActivity<string, string>("Work", async (_, _, cancellationToken) =>
            {
                await blocked.Task.WaitAsync(cancellationToken);
                return "late";
            }));
        var started = _time.GetUtcNow();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Race");
        await Eventually.WaitAsync(() => _time.ActiveTimerCount == 1, "the race timer to be armed");
        _time.Advance(TimeSpan.FromMinutes(5));
        var result = await host.WaitAsync(id);
        blocked.SetResult();

        Assert.Equal($"timeout:{started.UtcDateTime.AddMinutes(5):O}", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Restart_ReplaysHistory_FinishesWithoutRerunningCheckpointedActivitiesOrRelogging()
    {
        var hub = EngineHost.NewHub();
        var stepRuns = 0;
        var gateEntered = new TaskCompletionSource();
        void Register(OrchestrationRegistry registry, bool gateBlocks) => registry
            .AddOrchestrator<string, int>("Steps", async (context, _) =>
            {
                var logger = context.CreateReplaySafeLogger("Steps");
                logger.LogInformation("starting step one");
                var one = await context.CallActivityAsync<int>("Step", 1);
                logger.LogInformation("starting the gate");
                var two = await context.CallActivityAsync<int>("Gate", 2);
                return one + two;
            })
            .AddActivity<int, int>("Step", (_, value, _) =>
            {
                Interlocked.Increment(ref stepRuns);
                return Task.FromResult(value);
            })
            .AddActivity<int, int>("Gate", async (_, value, cancellationToken) =>
            {
                if (gateBlocks)
                {
                    gateEntered.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                return value;
            });

        string id;
        await using (var first = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, gateBlocks: true)))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Steps");
            await gateEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        await using var second = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, gateBlocks: false));
        var result = await second.WaitAsync(id);

        Assert.Equal(3, result.ReadOutputAs<int>());
        Assert.Equal(1, stepRuns);
        Assert.DoesNotContain(second.Logs.Entries, e => e.Message == "starting step one" || e.Message == "starting the gate");
    }

    private static async Task<string> RaceAsync(IOrchestrationContext context, string? input)
    {
        using var cancel = new CancellationTokenSource();
        var timer = context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(5), cancel.Token);
        var work = context.CallActivityAsync<string>("Work");
        if (await Task.WhenAny(work, timer) == work)
        {
            cancel.Cancel(); // synchronously, inside the episode (CancelAsync would run the callback on another thread)
            return "activity:" + await work;
        }

        return $"timeout:{context.CurrentUtcDateTime:O}";
    }
}
