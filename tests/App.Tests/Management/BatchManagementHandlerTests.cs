using Microsoft.Extensions.DependencyInjection;
using Moq;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Management;
using Tidewater.Orchestration;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Management;

/// <summary>The operator's batch calls over a Moq orchestration client (our port), with the App composed on Azurite.</summary>
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
        // Arrange
        await using var app = await AppHost.StartAsync(azurite);
        const string id = "batch-202611211000";
        var client = new Mock<IOrchestrationClient>(MockBehavior.Strict);
        client.Setup(c => c.GetInstanceAsync(id, true, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Instance(BatchOrchestrator.Name, id));
        client.Setup(c => c.GetAllInstancesAsync(It.Is<OrchestrationQuery>(q => q.InstanceIdPrefix == id + "-"), It.IsAny<CancellationToken>()))
            .Returns(new[]
            {
                Instance(ChunkGroupOrchestrator.Name, id + "-index-g0"),
                Instance(ChunkGroupOrchestrator.Name, id + "-score-g1"),
                Instance(BatchOrchestrator.Name, id + "-r1"),
                Instance(ChunkGroupOrchestrator.Name, id + "-r1-index-g0"),
                Instance(ChunkGroupOrchestrator.Name, id + "-r1-score-g1"),
            }.ToAsyncEnumerable());
        var purged = new List<string>();
        client.Setup(c => c.PurgeInstanceAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string instanceId, CancellationToken _) => purged.Add(instanceId))
            .ReturnsAsync(1);
        var handler = Handler(app, client.Object);

        // Act
        var result = await handler.PurgeAsync(id, CancellationToken.None);

        // Assert
        Assert.Equal(ManagementStatus.Ok, result.Status);
        Assert.Equal(3, result.Value);
        Assert.Equal([id + "-index-g0", id + "-score-g1", id], purged);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("v-1/../../x")]
    [InlineData(".hidden")]
    [InlineData("v 1")]
    [InlineData("v-0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task StartAsync_MalformedModelVersion_IsInvalidNamingModelVersion(string version)
    {
        // Arrange: a strict client: a malformed version must not reach storage or the orchestration client.
        await using var app = await AppHost.StartAsync(azurite);
        var handler = Handler(app, new Mock<IOrchestrationClient>(MockBehavior.Strict).Object);
        var window = app.Get<WindowClock>().WindowOf(DateTimeOffset.UnixEpoch.AddDays(20_000));

        // Act
        var result = await handler.StartAsync(new StartBatchesRequest(window.Start, window.End, version), BaseUri, CancellationToken.None);

        // Assert
        Assert.Equal(ManagementStatus.Invalid, result.Status);
        Assert.Equal("modelVersion", result.Field);
    }

    private static BatchManagementHandler Handler(AppHost app, IOrchestrationClient client) =>
        ActivatorUtilities.CreateInstance<BatchManagementHandler>(app.Services, client, new BatchStarter(client));

    private static OrchestrationMetadata Instance(string name, string id) =>
        new(name, id) { RuntimeStatus = OrchestrationRuntimeStatus.Completed };
}
