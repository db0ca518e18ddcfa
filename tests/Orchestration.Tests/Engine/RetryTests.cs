using System.Collections.Concurrent;
using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

/// <summary>Retries on fake time: each retry must start exactly when its backoff says, not a tick earlier.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class RetryTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConcurrentQueue<DateTimeOffset> _attempts = new();

    [Fact]
    public async Task Retry_AlwaysFailing_MakesMaxAttemptsAtTheExactBackoffDelays()
    {
        await using var host = await StartAsync(new RetryPolicy(4, TimeSpan.FromSeconds(10), backoffCoefficient: 2.0), failures: int.MaxValue);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Retrying");
        await host.IdleAsync();
        foreach (var delay in new[] { 10, 20, 40 })
        {
            await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(delay));
        }

        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal([0, 10, 30, 70], SecondsSinceFirstAttempt());
        Assert.Equal("nope", result.FailureDetails!.InnerFailure!.ErrorMessage);
    }

    [Fact]
    public async Task Retry_LongBackoff_IsCappedAtMaxRetryInterval()
    {
        await using var host = await StartAsync(
            new RetryPolicy(4, TimeSpan.FromSeconds(10), backoffCoefficient: 10.0, maxRetryInterval: TimeSpan.FromSeconds(60)), failures: int.MaxValue);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Retrying");
        await host.IdleAsync();
        foreach (var delay in new[] { 10, 60, 60 })
        {
            await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(delay));
        }

        await host.WaitAsync(id);

        Assert.Equal([0, 10, 70, 130], SecondsSinceFirstAttempt());
    }

    [Fact]
    public async Task Retry_RetryTimeoutPassed_StopsRetryingCountedFromTheFirstAttempt()
    {
        await using var host = await StartAsync(
            new RetryPolicy(10, TimeSpan.FromSeconds(10), backoffCoefficient: 2.0, retryTimeout: TimeSpan.FromSeconds(25)), failures: int.MaxValue);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Retrying");
        await host.IdleAsync();
        await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(10));
        await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(20));
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal([0, 10, 30], SecondsSinceFirstAttempt());
    }

    [Fact]
    public async Task Retry_HandleFailureRefuses_FailsAfterOneAttempt()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1)) { HandleFailure = failure => failure.IsCausedBy<TimeoutException>() };
        await using var host = await StartAsync(policy, failures: int.MaxValue);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Retrying");
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Single(_attempts);
    }

    [Fact]
    public async Task Retry_FailsTwiceThenSucceeds_ReturnsTheResult()
    {
        await using var host = await StartAsync(new RetryPolicy(5, TimeSpan.FromSeconds(3)), failures: 2);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Retrying");
        await host.IdleAsync();
        await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(3));
        await AdvanceExactlyAsync(host, TimeSpan.FromSeconds(3));
        var result = await host.WaitAsync(id);

        Assert.Equal("attempt 3", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Retry_SubOrchestration_RunsTheChildAgainUnderTheSameInstanceId()
    {
        var childRuns = 0;
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Parent", (context, _) => context.CallSubOrchestratorAsync<string>(
                "Child", null, new SubOrchestrationOptions(new RetryPolicy(3, TimeSpan.FromSeconds(5)), "child-fixed")))
            .AddOrchestrator<string, string>("Child", (context, _) => context.CallActivityAsync<string>("ChildWork"))
            .AddActivity<string, string>("ChildWork", (_, _, _) => Interlocked.Increment(ref childRuns) < 3
                ? throw new InvalidOperationException("not yet")
                : Task.FromResult("child done")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent");
        await host.IdleAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await host.IdleAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        var result = await host.WaitAsync(id);
        var child = await host.Client.GetInstanceAsync("child-fixed");

        Assert.Equal("child done", result.ReadOutputAs<string>());
        Assert.Equal(3, childRuns);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
    }

    private Task<EngineHost> StartAsync(RetryPolicy policy, int failures) =>
        EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Retrying", (context, _) =>
                context.CallActivityAsync<string>("Flaky", null, TaskOptions.FromRetryPolicy(policy)))
            .AddActivity<string, string>("Flaky", (_, _, _) =>
            {
                _attempts.Enqueue(_time.GetUtcNow());
                return _attempts.Count <= failures
                    ? throw new InvalidOperationException("nope")
                    : Task.FromResult($"attempt {_attempts.Count}");
            }));

    /// <summary>Advances to one tick before <paramref name="delay"/> (no new attempt), then to it (exactly one).</summary>
    private async Task AdvanceExactlyAsync(EngineHost host, TimeSpan delay)
    {
        var before = _attempts.Count;
        _time.Advance(delay - TimeSpan.FromTicks(1));
        await host.IdleAsync();
        Assert.Equal(before, _attempts.Count);
        _time.Advance(TimeSpan.FromTicks(1));
        await host.IdleAsync();
        Assert.Equal(before + 1, _attempts.Count);
    }

    private int[] SecondsSinceFirstAttempt()
    {
        var times = _attempts.ToArray();
        return [.. times.Select(t => (int)(t - times[0]).TotalSeconds)];
    }
}
