using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class CustomStatusTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    private sealed record Progress(string Phase, int Done);

    [Fact]
    public async Task SetCustomStatus_VisibleWhileRunningAndKeptAfterCompletion()
    {
        await using var host = await EngineHost.StartAsync(azurite, EngineHost.NewHub(), _time, registry => registry
            .AddOrchestrator<string, string>("Reporting", async (context, _) =>
            {
                context.SetCustomStatus(new Progress("waiting", 1));
                await context.CreateTimer(context.CurrentUtcDateTime.AddMinutes(1), CancellationToken.None);
                context.SetCustomStatus(new Progress("finished", 2));
                return "ok";
            }));

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Reporting");
        await host.IdleAsync();
        var running = await host.Client.GetInstanceAsync(id);
        _time.Advance(TimeSpan.FromMinutes(1));
        var finished = await host.WaitAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Running, running!.RuntimeStatus);
        Assert.Equal(new Progress("waiting", 1), running.ReadCustomStatusAs<Progress>());
        Assert.Equal("""{"phase":"finished","done":2}""", finished.SerializedCustomStatus);
        Assert.True(finished.LastUpdatedAt > running.LastUpdatedAt);
    }
}
