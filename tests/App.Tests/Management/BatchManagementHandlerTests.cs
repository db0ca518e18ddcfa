using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Management;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Management;

/// <summary>The operator's batch calls over Durable's client on its in-memory engine, with the App composed on Azurite.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class BatchManagementHandlerTests(AzuriteFixture azurite)
{
    private static readonly Uri BaseUri = new("http://127.0.0.1:7071/");

    [Theory]
    [InlineData("batch-202611211000", "batch-202611211000-index-g0", true)]
    [InlineData("batch-202611211000", "batch-202611211000-score-g12", true)]
    [InlineData("batch-202611211000", "batch-202611211000-r1", false)]
    [InlineData("batch-202611211000", "batch-202611211000-r1-stats-g0", false)]
    [InlineData("batch-202611211000", "batch-202611211000-other-g0", false)]
    [InlineData("batch-202611211000", "batch-202611211000-index-g", false)]
    [InlineData("batch-202611211000", "batch-2026112110001-index-g0", false)]
    public void IsGroupOf_ChildIds_MatchOnlyTheBatchsOwnGroups(string batch, string child, bool expected) =>
        Assert.Equal(expected, BatchManagementHandler.IsGroupOf(batch, child));

    [Fact]
    public async Task PurgeAsync_BatchWithRedrive_PurgesOnlyTheBatchAndItsOwnGroups()
    {
        // Arrange: finished instances under the ids a batch, its groups and its redrive get (in-memory Durable engine).
        await using var app = await AppHost.StartAsync(azurite);
        await using var durable = await DurableTaskTestHost.StartAsync(registry =>
        {
            registry.AddOrchestratorFunc<string>(BatchOrchestrator.Name, _ => "done");
            registry.AddOrchestratorFunc<string>(ChunkGroupOrchestrator.Name, _ => "done");
        });
        const string id = "batch-202611211000";
        string[] groups = [id + "-index-g0", id + "-score-g1", id + "-r1-index-g0", id + "-r1-score-g1"];
        await CompleteAsync(durable.Client, BatchOrchestrator.Name, id, id + "-r1");
        await CompleteAsync(durable.Client, ChunkGroupOrchestrator.Name, groups);
        var handler = Handler(app, durable.Client);

        // Act
        var result = await handler.PurgeAsync(id, CancellationToken.None);

        // Assert
        Assert.Equal(ManagementStatus.Ok, result.Status);
        Assert.Equal(3, result.Value);
        Assert.Equal([id + "-r1", id + "-r1-index-g0", id + "-r1-score-g1"], await InstanceIdsAsync(durable.Client));
    }

    [Fact]
    public async Task PurgeAsync_RunningBatch_IsConflictAndPurgesNothing()
    {
        // Arrange: a batch waiting for an event that never comes.
        await using var app = await AppHost.StartAsync(azurite);
        await using var durable = await DurableTaskTestHost.StartAsync(registry =>
            registry.AddOrchestratorFunc<string>(BatchOrchestrator.Name, context => context.WaitForExternalEvent<string>("never")));
        const string id = "batch-202611211100";
        await durable.Client.ScheduleNewOrchestrationInstanceAsync(BatchOrchestrator.Name, new StartOrchestrationOptions(id));
        await durable.Client.WaitForInstanceStartAsync(id);

        // Act
        var result = await Handler(app, durable.Client).PurgeAsync(id, CancellationToken.None);

        // Assert
        Assert.Equal((ManagementStatus.Conflict, "id"), (result.Status, result.Field));
        Assert.Equal([id], await InstanceIdsAsync(durable.Client));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("v-1/../../x")]
    [InlineData(".hidden")]
    [InlineData("v 1")]
    [InlineData("v-0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task StartAsync_MalformedModelVersion_IsInvalidNamingModelVersion(string version)
    {
        // Arrange: a malformed version must not reach storage or start anything.
        await using var app = await AppHost.StartAsync(azurite);
        await using var durable = await DurableTaskTestHost.StartAsync(registry => registry.AddOrchestratorFunc<string>(BatchOrchestrator.Name, _ => "done"));
        var handler = Handler(app, durable.Client);
        var window = app.Get<WindowClock>().WindowOf(DateTimeOffset.UnixEpoch.AddDays(20_000));

        // Act
        var result = await handler.StartAsync(new StartBatchesRequest(window.Start, window.End, version), BaseUri, CancellationToken.None);

        // Assert
        Assert.Equal(ManagementStatus.Invalid, result.Status);
        Assert.Equal("modelVersion", result.Field);
        Assert.Empty(await InstanceIdsAsync(durable.Client));
    }

    private static BatchManagementHandler Handler(AppHost app, DurableTaskClient client) =>
        ActivatorUtilities.CreateInstance<BatchManagementHandler>(app.Services, client, new BatchStarter(client));

    private static async Task CompleteAsync(DurableTaskClient client, string orchestrator, params string[] ids)
    {
        foreach (string id in ids)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, new StartOrchestrationOptions(id));
            await client.WaitForInstanceCompletionAsync(id);
        }
    }

    private static async Task<List<string>> InstanceIdsAsync(DurableTaskClient client)
    {
        var ids = new List<string>();
        await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery()))
        {
            ids.Add(instance.InstanceId);
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
