using Tidewater.Orchestration.Engine.Runtime;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class SubOrchestrationTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task SubOrchestrations_FixedIds_EachChildRunsUnderItsIdAndTheParentCombinesOutputs()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<int, int>("Parent", async (context, groups) =>
            {
                var children = Enumerable.Range(0, groups).Select(g => context.CallSubOrchestratorAsync<int>(
                    "Group", g, new SubOrchestrationOptions(InstanceId: $"{context.InstanceId}-g{g}")));
                return (await Task.WhenAll(children)).Sum();
            })
            .AddOrchestrator<int, int>("Group", async (context, group) =>
            {
                var items = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => context.CallActivityAsync<int>("Item", (group * 10) + i)));
                return items.Sum();
            })
            .AddActivity<int, int>("Item", (_, value, _) => Task.FromResult(value)));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent", 3, new StartOrchestrationOptions("batch-1"));
        var result = await host.WaitAsync(id);

        Assert.Equal(Enumerable.Range(0, 30).Sum(), result.ReadOutputAs<int>());
        for (var g = 0; g < 3; g++)
        {
            var child = await host.Client.GetInstanceAsync($"batch-1-g{g}", getInputsAndOutputs: true);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
            Assert.Equal("Group", child.Name);
        }
    }

    [Fact]
    public async Task SubOrchestration_WithoutId_GetsTheDeterministicGuidDurableWouldDerive()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Parent", (context, _) => context.CallSubOrchestratorAsync<string>("Child"))
            .AddOrchestrator<string, string>("Child", (context, _) => Task.FromResult(context.InstanceId)));
        var started = _time.GetUtcNow().UtcDateTime;

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent", null, new StartOrchestrationOptions("parent-1"));
        var result = await host.WaitAsync(id);

        Assert.Equal(DeterministicGuid.ForOrchestration("parent-1", started, 0).ToString("N"), result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SubOrchestration_ChildFails_ParentCatchesTaskFailedExceptionWithTheChildFailure()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Parent", async (context, _) =>
            {
                try
                {
                    return await context.CallSubOrchestratorAsync<string>("Child", null, new SubOrchestrationOptions(InstanceId: "failing-child"));
                }
                catch (TaskFailedException e)
                {
                    return $"{e.TaskName}:{e.FailureDetails.ErrorType}:{e.FailureDetails.ErrorMessage}";
                }
            })
            .AddOrchestrator<string, string>("Child", (_, _) => throw new InvalidOperationException("child broke")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent");
        var result = await host.WaitAsync(id);

        Assert.Equal("Child:System.InvalidOperationException:child broke", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SubOrchestration_IdOfARunningInstance_FailsTheCall()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Parent", async (context, _) =>
            {
                try
                {
                    return await context.CallSubOrchestratorAsync<string>("Sleeper", null, new SubOrchestrationOptions(InstanceId: "busy"));
                }
                catch (TaskFailedException e)
                {
                    return e.FailureDetails.ErrorMessage;
                }
            })
            .AddOrchestrator<string, string>("Sleeper", async (context, _) =>
            {
                await context.CreateTimer(context.CurrentUtcDateTime.AddDays(1), CancellationToken.None);
                return "slept";
            }));
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", null, new StartOrchestrationOptions("busy"));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Parent");
        var result = await host.WaitAsync(id);

        Assert.Contains("'busy'", result.ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Contains("already exists", result.ReadOutputAs<string>(), StringComparison.Ordinal);
    }
}
