using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class StopTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Stop_ActivityFinishesWhileStopping_ResultIsCheckpointedAndNotRunAgain()
    {
        var hub = EngineHost.NewHub();
        var slowRuns = 0;
        var entered = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        void Register(OrchestrationRegistry registry) => registry
            .AddOrchestrator<string, string>("Stopping", async (context, _) =>
            {
                var slow = await context.CallActivityAsync<string>("Slow");
                return slow + "+" + await context.CallActivityAsync<string>("Fast");
            })
            .AddActivity<string, string>("Slow", async (_, _, _) =>
            {
                if (Interlocked.Increment(ref slowRuns) == 1)
                {
                    entered.SetResult();
                    await release.Task;
                }

                return "slow";
            })
            .AddActivity<string, string>("Fast", (_, _, _) => Task.FromResult("fast"));

        string id;
        await using (var first = await EngineHost.StartAsync(azurite, hub, _time, Register))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Stopping");
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var stopping = first.Engine.StopAsync(CancellationToken.None);
            release.SetResult();
            await stopping.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(OrchestrationRuntimeStatus.Running, (await first.Client.GetInstanceAsync(id))!.RuntimeStatus);
        }

        await using var second = await EngineHost.StartAsync(azurite, hub, _time, Register);
        var result = await second.WaitAsync(id);

        Assert.Equal("slow+fast", result.ReadOutputAs<string>());
        Assert.Equal(1, slowRuns);
    }
}
