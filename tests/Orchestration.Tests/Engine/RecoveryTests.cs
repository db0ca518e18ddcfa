using System.Collections.Concurrent;
using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

/// <summary>
/// Kill-and-restart: an engine dies (no clean shutdown, no final checkpoint, lease left behind) and a new one on the
/// same storage finishes every instance with the output of an uninterrupted run, recomputing no checkpointed result.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class RecoveryTests(AzuriteFixture azurite)
{
    private const int Width = 100;
    private static readonly long Expected = Enumerable.Range(0, Width).Sum(i => (long)i * i);
    private readonly FakeTimeProvider _time = new();
    private readonly ConcurrentDictionary<int, int> _runs = new();
    private readonly string _hub = EngineHost.NewHub();

    [Fact]
    public async Task Crash_MidFanOut_RestartCompletesWithoutRecomputingCheckpointedResults()
    {
        string id;
        HashSet<int> checkpointed;
        await using (var first = await StartAsync(blockFrom: Width / 2))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", Width);
            await Eventually.WaitAsync(async () => (await CheckpointedInputsAsync(first, id)).Count, n => n == Width / 2, "half the results checkpointed");
            await first.CrashAsync();
            checkpointed = await CheckpointedInputsAsync(first, id);
        }

        var result = await RestartAndWaitAsync(id);

        Assert.Equal(Expected, result.ReadOutputAs<long>());
        Assert.All(checkpointed, input => Assert.Equal(1, _runs[input]));
    }

    [Fact]
    public async Task Crash_WhileACheckpointIsInFlightAfterReachingStorage_RestartKeepsWhatItWrote()
    {
        var requests = new StorageRequestLog();
        var release = new TaskCompletionSource();
        string id;
        HashSet<int> checkpointed;
        await using (var first = await StartAsync(blockFrom: Width, requests: requests, gate: release.Task))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", Width);
            await first.IdleAsyncExceptActivities(Width);
            var hung = new TaskCompletionSource();
            requests.AfterAppend = async message =>
            {
                hung.TrySetResult();
                await Task.Delay(Timeout.Infinite, message.CancellationToken); // committed by the service, never acknowledged
            };
            release.SetResult();
            await hung.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.CrashAsync();
            checkpointed = await CheckpointedInputsAsync(first, id);
        }

        var result = await RestartAndWaitAsync(id);

        Assert.NotEmpty(checkpointed);
        Assert.Equal(Expected, result.ReadOutputAs<long>());
        Assert.All(checkpointed, input => Assert.Equal(1, _runs[input]));
    }

    [Fact]
    public async Task Crash_WhileACheckpointIsInFlightBeforeReachingStorage_RestartRunsThoseActivitiesAgain()
    {
        var requests = new StorageRequestLog();
        var release = new TaskCompletionSource();
        string id;
        await using (var first = await StartAsync(blockFrom: Width, requests: requests, gate: release.Task))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("FanOut", Width);
            await first.IdleAsyncExceptActivities(Width);
            var hung = new TaskCompletionSource();
            requests.BeforeAppend = async message =>
            {
                hung.TrySetResult();
                await Task.Delay(Timeout.Infinite, message.CancellationToken); // never sent
            };
            release.SetResult();
            await hung.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.CrashAsync();
            Assert.Empty(await CheckpointedInputsAsync(first, id));
        }

        var result = await RestartAndWaitAsync(id);

        Assert.Equal(Expected, result.ReadOutputAs<long>());
        Assert.Contains(_runs.Values, runs => runs == 2);
    }

    [Fact]
    public async Task Crash_WithSubOrchestrationsInFlight_RestartCompletesParentAndChildren()
    {
        string id;
        await using (var first = await StartAsync(blockFrom: 5))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Groups", 4);
            await Eventually.WaitAsync(() => _runs.Count >= 5, "some activities to run");
            await first.CrashAsync();
        }

        var result = await RestartAndWaitAsync(id);

        Assert.Equal(4 * Enumerable.Range(0, 10).Sum(i => (long)i * i), result.ReadOutputAs<long>());
    }

    private async Task<OrchestrationMetadata> RestartAndWaitAsync(string id)
    {
        _time.Advance(TimeSpan.FromMinutes(1)); // the dead host's heartbeat is now stale
        await using var second = await StartAsync(blockFrom: int.MaxValue);
        return await second.WaitAsync(id);
    }

    private Task<EngineHost> StartAsync(int blockFrom, StorageRequestLog? requests = null, Task? gate = null) =>
        EngineHost.StartAsync(azurite, _hub, _time, registry => registry
            .AddOrchestrator<int, long>("FanOut", async (context, width) =>
                (await Task.WhenAll(Enumerable.Range(0, width).Select(i => context.CallActivityAsync<long>("Square", i)))).Sum())
            .AddOrchestrator<int, long>("Groups", async (context, groups) =>
                (await Task.WhenAll(Enumerable.Range(0, groups).Select(g => context.CallSubOrchestratorAsync<long>(
                    "FanOut", 10, new SubOrchestrationOptions(InstanceId: $"{context.InstanceId}-g{g}"))))).Sum())
            .AddActivity<int, long>("Square", async (_, i, cancellationToken) =>
            {
                if (gate is not null)
                {
                    await gate.WaitAsync(cancellationToken);
                }

                if (i >= blockFrom)
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                _runs.AddOrUpdate(i, 1, (_, runs) => runs + 1);
                return (long)i * i;
            }),
            requests: requests);

    /// <summary>The activity inputs whose results are in the checkpointed history.</summary>
    private static async Task<HashSet<int>> CheckpointedInputsAsync(EngineHost host, string id)
    {
        var history = await host.HistoryAsync(id);
        var inputs = history.OfType<TaskScheduledEvent>().ToDictionary(e => e.TaskId, e => int.Parse(e.Input!, System.Globalization.CultureInfo.InvariantCulture));
        return [.. history.OfType<TaskCompletedEvent>().Select(e => inputs[e.TaskScheduledId])];
    }
}

internal static class EngineHostRecoveryExtensions
{
    /// <summary>Waits until the only outstanding work is <paramref name="activities"/> activities (held by a gate).</summary>
    public static Task IdleAsyncExceptActivities(this EngineHost host, int activities) =>
        Eventually.WaitAsync(() => host.Engine.PendingWork == activities, $"only {activities} activities outstanding");
}
