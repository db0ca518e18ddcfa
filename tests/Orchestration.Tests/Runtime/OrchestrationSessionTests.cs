using Microsoft.Extensions.Logging.Abstractions;
using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Tests.Runtime;

/// <summary>The episode and replay semantics, without storage: events in, history and actions out.</summary>
public sealed class OrchestrationSessionTests
{
    private static readonly DateTime T0 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RunEpisode_WhenAllCompletesInTheEpisode_ContinuationSchedulesTheNextCallInTheSameEpisode()
    {
        var session = CreateSession(async context =>
        {
            var results = await Task.WhenAll(context.CallActivityAsync<int>("A"), context.CallActivityAsync<int>("B"));
            return await context.CallActivityAsync<int>("C", results.Sum());
        });

        var first = session.RunEpisode([], T0);
        var second = session.RunEpisode([new TaskCompletedEvent(1, "2"), new TaskCompletedEvent(0, "1")], T0.AddSeconds(1));

        Assert.Equal(["A", "B"], first.Outbound.Cast<TaskScheduledEvent>().Select(a => a.Name));
        var next = Assert.IsType<TaskScheduledEvent>(Assert.Single(second.Outbound));
        Assert.Equal(("C", 2, "3"), (next.Name, next.TaskId, next.Input));
        Assert.Equal([typeof(OrchestratorStartedEvent), typeof(TaskCompletedEvent), typeof(TaskCompletedEvent), typeof(TaskScheduledEvent)],
            second.Events.Select(e => e.GetType()));
    }

    [Fact]
    public void Replay_SameCode_IsReplayingUntilTheNewEpisodeAndRestoresCurrentTime()
    {
        var seen = new List<(bool Replaying, DateTime Time)>();
        Func<IOrchestrationContext, Task<int>> orchestrator = async context =>
        {
            seen.Add((context.IsReplaying, context.CurrentUtcDateTime));
            var a = await context.CallActivityAsync<int>("A");
            seen.Add((context.IsReplaying, context.CurrentUtcDateTime));
            return a + await context.CallActivityAsync<int>("B");
        };
        var original = CreateSession(orchestrator);
        var history = original.RunEpisode([], T0).Events.Concat(original.RunEpisode([new TaskCompletedEvent(0, "1")], T0.AddMinutes(1)).Events).ToList();
        seen.Clear();

        var replayed = CreateSession(orchestrator);
        replayed.Replay(history);
        var episode = replayed.RunEpisode([new TaskCompletedEvent(1, "2")], T0.AddMinutes(2));

        Assert.Equal([(true, T0), (true, T0.AddMinutes(1))], seen);
        Assert.Equal("3", Assert.IsType<ExecutionCompletedEvent>(episode.Events[^1]).Result);
    }

    [Fact]
    public void Replay_SubOrchestrationWhereHistoryHasATimer_FailsNamingBoth()
    {
        var original = CreateSession(async context =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddHours(1), CancellationToken.None);
            return 1;
        });
        var history = original.RunEpisode([], T0).Events;

        var changed = CreateSession(context => context.CallSubOrchestratorAsync<int>("Child", null, new SubOrchestrationOptions(InstanceId: "kid")));
        changed.Replay(history);
        var episode = changed.RunEpisode([], T0.AddMinutes(1));

        var failed = Assert.IsType<ExecutionFailedEvent>(episode.Events[^1]);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, failed.FailureDetails.ErrorType);
        Assert.Contains("timer at 2026-01-01T01:00:00", failed.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("sub-orchestration 'Child' (instance 'kid')", failed.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(episode.Outbound);
    }

    [Fact]
    public void Replay_CallBeyondTheRecordedHistory_BecomesANewActionOfTheNextEpisode()
    {
        var original = CreateSession(context => context.CallActivityAsync<int>("A"));
        var history = original.RunEpisode([], T0).Events;

        var extended = CreateSession(async context =>
        {
            var a = context.CallActivityAsync<int>("A");
            var b = context.CallActivityAsync<int>("B");
            return await a + await b;
        });
        extended.Replay(history);
        var episode = extended.RunEpisode([], T0.AddMinutes(1));

        Assert.Equal("B", Assert.IsType<TaskScheduledEvent>(Assert.Single(episode.Outbound)).Name);
    }

    [Fact]
    public async Task RunEpisode_OrchestratorAwaitedANonDurableTask_FailsWithMultithreadedExecution()
    {
        var stray = new TaskCompletionSource();
        var session = CreateSession(async context =>
        {
            await Task.Delay(1);
            return 1;
        }, onStray: () => stray.TrySetResult());

        session.RunEpisode([], T0);
        await stray.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var episode = session.RunEpisode([], T0.AddSeconds(1));

        var failed = Assert.IsType<ExecutionFailedEvent>(episode.Events[^1]);
        Assert.Contains("Multithreaded execution", failed.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RunEpisode_CustomStatusChanged_RecordsItOncePerChange()
    {
        var session = CreateSession(async context =>
        {
            context.SetCustomStatus("one");
            await context.CallActivityAsync<int>("A");
            context.SetCustomStatus("one");
            await context.CallActivityAsync<int>("B");
            context.SetCustomStatus(new { phase = "two" });
            return 0;
        });

        var first = session.RunEpisode([], T0);
        var second = session.RunEpisode([new TaskCompletedEvent(0, "0")], T0);
        var third = session.RunEpisode([new TaskCompletedEvent(1, "0")], T0);

        Assert.Equal("\"one\"", Assert.Single(first.Events.OfType<CustomStatusSetEvent>()).CustomStatus);
        Assert.Empty(second.Events.OfType<CustomStatusSetEvent>());
        Assert.Equal("""{"phase":"two"}""", Assert.Single(third.Events.OfType<CustomStatusSetEvent>()).CustomStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, session.Status);
    }

    [Fact]
    public void NewGuid_SameEpisode_IsDeterministicAcrossReplays()
    {
        Func<IOrchestrationContext, Task<string>> orchestrator = context => Task.FromResult($"{context.NewGuid()}|{context.NewGuid()}");
        var first = CreateSession(orchestrator).RunEpisode([], T0);
        var second = CreateSession(orchestrator).RunEpisode([], T0);

        var output = Assert.IsType<ExecutionCompletedEvent>(first.Events[^1]).Result;
        Assert.Equal(output, Assert.IsType<ExecutionCompletedEvent>(second.Events[^1]).Result);
        Assert.Equal($"\"{DeterministicGuid.ForOrchestration("i-1", T0, 0)}|{DeterministicGuid.ForOrchestration("i-1", T0, 1)}\"", output);
    }

    [Fact]
    public void Replay_OrchestratorNoLongerRegistered_FailsWithOrchestratorTaskNotFound()
    {
        var history = CreateSession(context => context.CallActivityAsync<int>("A")).RunEpisode([], T0).Events;
        var identity = new InstanceState { InstanceId = "i-1", Name = "Gone", ExecutionId = "e-1" };
        var session = new OrchestrationSession(identity, null, NullLoggerFactory.Instance, () => { });

        session.Replay(history);
        var episode = session.RunEpisode([new TaskCompletedEvent(0, "1")], T0.AddSeconds(1));

        Assert.Equal("OrchestratorTaskNotFound", Assert.IsType<ExecutionFailedEvent>(episode.Events[^1]).FailureDetails.ErrorType);
    }

    private static OrchestrationSession CreateSession<T>(Func<IOrchestrationContext, Task<T>> orchestrator, Action? onStray = null)
    {
        var registry = new OrchestrationRegistry().AddOrchestrator<string, T>("Test", (context, _) => orchestrator(context));
        registry.TryGetOrchestrator("Test", out var registered);
        var identity = new InstanceState { InstanceId = "i-1", Name = "Test", ExecutionId = "e-1" };
        return new OrchestrationSession(identity, registered, NullLoggerFactory.Instance, onStray ?? (() => { }));
    }
}
