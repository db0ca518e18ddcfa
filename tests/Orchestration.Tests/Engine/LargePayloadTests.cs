using Tidewater.Orchestration.Engine;
using Tidewater.Orchestration.Tests.Support;
using Tidewater.Testing;

namespace Tidewater.Orchestration.Tests.Engine;

[Collection(AzuriteCollections.Azurite)]
public sealed class LargePayloadTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Episode_LargerThanOneAppendBlock_IsCheckpointedInSeveralBlocksAndReplays()
    {
        var hub = EngineHost.NewHub();
        var gateEntered = new TaskCompletionSource();
        void Register(OrchestrationRegistry registry, bool gateBlocks) => registry
            .AddOrchestrator<string, int>("Big", async (context, _) =>
            {
                var big = await context.CallActivityAsync<string>("Make", 5 * 1024 * 1024);
                await context.CallActivityAsync<string>("Gate");
                return big.Length;
            })
            .AddActivity<int, string>("Make", (_, length, _) => Task.FromResult(new string('x', length)))
            .AddActivity<string, string>("Gate", async (_, _, cancellationToken) =>
            {
                if (gateBlocks)
                {
                    gateEntered.TrySetResult();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                return "open";
            });
        var requests = new StorageRequestLog();

        string id;
        await using (var first = await EngineHost.StartAsync(azurite, hub, _time, r => Register(r, gateBlocks: true), requests: requests))
        {
            id = await first.Client.ScheduleNewOrchestrationInstanceAsync("Big");
            await gateEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        await using var second = await EngineHost.StartAsync(azurite, hub, _time, r => Register(r, gateBlocks: false));
        var result = await second.WaitAsync(id);

        Assert.Equal(5 * 1024 * 1024, result.ReadOutputAs<int>());
        Assert.True(requests.Appends >= 3, $"expected the 5 MiB episode to take two blocks; saw {requests.Appends} appends");
    }
}
