using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Client;

[Collection(AzuriteCollections.Azurite)]
public sealed class ClientTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Schedule_IdOfARunningInstance_ThrowsInvalidOperation()
    {
        await using var host = await StartAsync();
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", 60, new StartOrchestrationOptions("same"));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "x", new StartOrchestrationOptions("same")));
    }

    [Fact]
    public async Task Schedule_IdOfAFinishedInstance_ReplacesItWithANewExecution()
    {
        await using var host = await StartAsync();
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "first", new StartOrchestrationOptions("again"));
        await host.WaitAsync("again");

        await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "second", new StartOrchestrationOptions("again"));
        var result = await host.WaitAsync("again");

        Assert.Equal("second", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task GetInstance_WithAndWithoutInputsAndOutputs_ReturnsThemOnlyWhenAsked()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "payload");
        await host.WaitAsync(id);

        var without = await host.Client.GetInstanceAsync(id);
        var with = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Equal("Echo", without!.Name);
        Assert.Null(without.SerializedInput);
        Assert.Null(without.SerializedOutput);
        Assert.Equal("\"payload\"", with!.SerializedInput);
        Assert.Equal("payload", with.ReadOutputAs<string>());
        Assert.Equal(_time.GetUtcNow(), with.CreatedAt);
        Assert.Null(await host.Client.GetInstanceAsync("nobody"));
    }

    [Fact]
    public async Task GetAllInstances_FiltersByStatusPrefixAndCreatedTime()
    {
        await using var host = await StartAsync();
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "a", new StartOrchestrationOptions("batch-202601010000"));
        await host.WaitAsync("batch-202601010000");
        var later = _time.GetUtcNow().AddHours(1);
        _time.SetUtcNow(later);
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", 60, new StartOrchestrationOptions("batch-202601010100"));
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", 60, new StartOrchestrationOptions("replay-202601010000-1"));
        await host.IdleAsync();

        var batches = await ListAsync(host, new OrchestrationQuery(InstanceIdPrefix: "batch-"));
        var running = await ListAsync(host, new OrchestrationQuery(Statuses: [OrchestrationRuntimeStatus.Running]));
        var recent = await ListAsync(host, new OrchestrationQuery(CreatedFrom: later, InstanceIdPrefix: "batch-", FetchInputsAndOutputs: true));

        Assert.Equal(["batch-202601010000", "batch-202601010100"], batches.Select(i => i.InstanceId).Order());
        Assert.Equal(["batch-202601010100", "replay-202601010000-1"], running.Select(i => i.InstanceId).Order());
        Assert.Equal("batch-202601010100", Assert.Single(recent).InstanceId);
        Assert.Equal("60", recent[0].SerializedInput);
    }

    [Fact]
    public async Task Terminate_RunningInstance_EndsTerminatedWithTheOutput()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", 60);
        await host.IdleAsync();

        await host.Client.TerminateInstanceAsync(id, new { reason = "operator" });
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("""{"reason":"operator"}""", result.SerializedOutput);
        Assert.Equal(0, _time.ActiveTimerCount);
    }

    [Fact]
    public async Task Terminate_FinishedInstance_ChangesNothing_AndUnknownInstance_Throws()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "done");
        await host.WaitAsync(id);

        await host.Client.TerminateInstanceAsync(id, "late");

        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.Client.GetInstanceAsync(id))!.RuntimeStatus);
        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.TerminateInstanceAsync("nobody"));
    }

    [Fact]
    public async Task Purge_FinishedInstance_DeletesStateAndHistory_RunningInstance_IsKept()
    {
        await using var host = await StartAsync();
        var finished = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "x");
        await host.WaitAsync(finished);
        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", 60);
        await host.IdleAsync();

        var purgedFinished = await host.Client.PurgeInstanceAsync(finished);
        var purgedRunning = await host.Client.PurgeInstanceAsync(running);

        Assert.Equal(1, purgedFinished);
        Assert.Equal(0, purgedRunning);
        Assert.Null(await host.Client.GetInstanceAsync(finished));
        Assert.NotNull(await host.Client.GetInstanceAsync(running));
        var container = host.Blobs.GetBlobContainerClient(host.Engine.ContainerName);
        Assert.Empty(await container.ListBlobsAsync(BlobLayout.HistoryPrefix(finished)).ToListAsync());
    }

    [Fact]
    public async Task Schedule_StartAt_StaysPendingUntilTheFakeClockGetsThere()
    {
        await using var host = await StartAsync();
        var startAt = _time.GetUtcNow().AddHours(2);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "later", new StartOrchestrationOptions(StartAt: startAt));
        await host.IdleAsync();
        var pending = await host.Client.GetInstanceAsync(id);
        _time.Advance(TimeSpan.FromHours(2));
        var result = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending!.RuntimeStatus);
        Assert.Equal("later", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Schedule_InvalidInstanceId_ThrowsArgumentException()
    {
        await using var host = await StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", null, new StartOrchestrationOptions("a/b")));
    }

    private Task<EngineHost> StartAsync() => EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
        .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input!))
        .AddOrchestrator<int, string>("Sleeper", async (context, minutes) =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(minutes), CancellationToken.None);
            return "slept";
        }));

    private static async Task<List<OrchestrationMetadata>> ListAsync(EngineHost host, OrchestrationQuery query) =>
        await host.Client.GetAllInstancesAsync(query).ToListAsync();
}
