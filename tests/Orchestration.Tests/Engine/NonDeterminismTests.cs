using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class NonDeterminismTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Replay_OrchestratorNowCallsAnotherActivity_FailsNamingBothCallsAndThePosition()
    {
        var hub = EngineHost.NewHub();
        var gateEntered = new TaskCompletionSource();
        void Register(OrchestrationRegistry registry, string firstActivity) => registry
            .AddOrchestrator<string, string>("Changing", async (context, _) =>
            {
                var first = await context.CallActivityAsync<string>(firstActivity);
                return first + await context.CallActivityAsync<string>("Gate");
            })
            .AddActivity<string, string>("Charge", (_, _, _) => Task.FromResult("charged"))
            .AddActivity<string, string>("Refund", (_, _, _) => Task.FromResult("refunded"))
            .AddActivity<string, string>("Gate", async (_, _, cancellationToken) =>
            {
                gateEntered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "never";
            });

        string id;
        await using (var first = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, "Charge")))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Changing");
            await gateEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        await using var second = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, "Refund"));
        var result = await second.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("sequence position 0", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("activity 'Charge'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("activity 'Refund'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OrchestratorNoLongerMakesARecordedCall_FailsSayingNothingWasCalledThere()
    {
        var hub = EngineHost.NewHub();
        var gateEntered = new TaskCompletionSource();
        void Register(OrchestrationRegistry registry, bool useTimerFirst) => registry
            .AddOrchestrator<string, string>("Changing", async (context, _) =>
            {
                if (useTimerFirst)
                {
                    await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
                }

                return await context.CallActivityAsync<string>("Gate");
            })
            .AddActivity<string, string>("Gate", async (_, _, cancellationToken) =>
            {
                gateEntered.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return "never";
            });

        string id;
        await using (var first = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, useTimerFirst: true)))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Changing");
            await gateEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        await using var second = await EngineHost.StartAsync(azurite, hub, _time, registry => Register(registry, useTimerFirst: false));
        var result = await second.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("sequence position 0", result.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("timer at", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("activity 'Gate'", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }
}
