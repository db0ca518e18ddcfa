using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

/// <summary>Get-then-start over Durable's client on its in-memory engine.</summary>
public sealed class BatchStarterTests
{
    [Fact]
    public async Task GetOrStartAsync_NoInstance_StartsTheBatchOrchestratorWithTheRequest()
    {
        await using var durable = await DurableTaskTestHost.StartAsync(Echo, Options());
        var starter = new BatchStarter(durable.Client);
        var request = new BatchRequest("202611211000", 60, null, true);

        var (instance, started) = await starter.GetOrStartAsync("batch-202611211000", request, CancellationToken.None);
        await durable.Client.RaiseEventAsync(instance.InstanceId, "finish");
        var done = await durable.Client.WaitForInstanceCompletionAsync(instance.InstanceId, getInputsAndOutputs: true);

        Assert.True(started);
        Assert.Equal((BatchOrchestrator.Name, "batch-202611211000"), (instance.Name, instance.InstanceId));
        Assert.Equal(request, done.ReadOutputAs<BatchRequest>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetOrStartAsync_ExistingInstance_RunningOrFinished_IsReturnedAndNotStartedAgain(bool finished)
    {
        await using var durable = await DurableTaskTestHost.StartAsync(Echo, Options());
        var starter = new BatchStarter(durable.Client);
        var first = new BatchRequest("202611211000", 60, null, true);
        await starter.GetOrStartAsync("batch-202611211000", first, CancellationToken.None);
        await durable.Client.WaitForInstanceStartAsync("batch-202611211000");
        if (finished)
        {
            await durable.Client.RaiseEventAsync("batch-202611211000", "finish");
            await durable.Client.WaitForInstanceCompletionAsync("batch-202611211000");
        }

        var (instance, started) = await starter.GetOrStartAsync("batch-202611211000", first with { ModelVersion = "v9" }, CancellationToken.None);

        Assert.False(started);
        var now = (await durable.Client.GetInstanceAsync(instance.InstanceId, getInputsAndOutputs: true))!;
        Assert.Equal(finished ? OrchestrationRuntimeStatus.Completed : OrchestrationRuntimeStatus.Running, now.RuntimeStatus);
        Assert.Equal(first, now.ReadInputAs<BatchRequest>());
    }

    /// <summary>A stand-in batch: runs until the "finish" event, then returns its input.</summary>
    private static void Echo(DurableTaskRegistry registry) =>
        registry.AddOrchestratorFunc<BatchRequest, BatchRequest>(BatchOrchestrator.Name, async (context, request) =>
        {
            await context.WaitForExternalEvent<string>("finish");
            return request!;
        });

    private static DurableTaskTestHostOptions Options() => new() { ConfigureServices = services => services.AddOrchestrationJsonWorker() };
}
