using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class ActivityFailureTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Activity_Throws_OrchestratorCatchesTaskFailedExceptionWithNameAndDetails()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Catching", async (context, _) =>
            {
                await context.CallActivityAsync<string>("Fine");
                try
                {
                    await context.CallActivityAsync<string>("Broken", "x");
                    return "no failure";
                }
                catch (TaskFailedException e)
                {
                    return $"{e.TaskName}|{e.TaskId}|{e.FailureDetails.ErrorType}|{e.FailureDetails.ErrorMessage}|{e.FailureDetails.IsCausedBy<InvalidOperationException>()}";
                }
            })
            .AddActivity<string, string>("Fine", (_, _, _) => Task.FromResult("ok"))
            .AddActivity<string, string>("Broken", (_, _, _) => throw new InvalidOperationException("boom")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Catching");
        var result = await host.WaitAsync(id);

        Assert.Equal("Broken|1|System.InvalidOperationException|boom|True", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Activity_FailureNotCaught_InstanceFailsWithTheActivityFailureInside()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("NotCatching", (context, _) => context.CallActivityAsync<string>("Broken"))
            .AddActivity<string, string>("Broken", (_, _, _) => throw new ArgumentException("bad argument")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("NotCatching");
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(TaskFailedException).FullName, result.FailureDetails!.ErrorType);
        Assert.Contains("Task 'Broken' (#0) failed", result.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("System.ArgumentException", result.FailureDetails.InnerFailure!.ErrorType);
        Assert.Equal("bad argument", result.FailureDetails.InnerFailure.ErrorMessage);
    }

    [Fact]
    public async Task Activity_NotRegistered_FailsTheCallWithActivityTaskNotFound()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("CallsMissing", async (context, _) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Missing");
                }
                catch (TaskFailedException e)
                {
                    return e.FailureDetails.ErrorType;
                }
            }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("CallsMissing");
        var result = await host.WaitAsync(id);

        Assert.Equal("ActivityTaskNotFound", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Orchestrator_NotRegistered_InstanceFailsWithOrchestratorTaskNotFound()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, _ => { });

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Nobody");
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal("OrchestratorTaskNotFound", result.FailureDetails!.ErrorType);
    }

    [Fact]
    public async Task Orchestrator_Throws_InstanceFailsWithItsException()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Throws", (_, _) => throw new InvalidDataException("orchestrator broke")));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Throws");
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Equal(typeof(InvalidDataException).FullName, result.FailureDetails!.ErrorType);
        Assert.Equal("orchestrator broke", result.FailureDetails.ErrorMessage);
    }
}
