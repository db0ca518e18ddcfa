using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Tidewater.App.Batch;
using Tidewater.Functions.Orchestration;
using Xunit;
using Port = Tidewater.Orchestration;

namespace Tidewater.Functions.Tests.Orchestration;

public sealed class DurableClientAdapterTests
{
    private readonly Mock<DurableTaskClient> _client = new("test");

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_PassesTheInstanceId()
    {
        StartOrchestrationOptions? passed = null;
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.Is<TaskName>(n => n == "BatchOrchestrator"), It.IsAny<object>(), It.IsAny<StartOrchestrationOptions>(), It.IsAny<CancellationToken>()))
            .Callback<TaskName, object?, StartOrchestrationOptions?, CancellationToken>((_, _, options, _) => passed = options)
            .ReturnsAsync("batch-202611211000");

        string id = await new DurableClientAdapter(_client.Object)
            .ScheduleNewOrchestrationInstanceAsync("BatchOrchestrator", null, new Port.StartOrchestrationOptions("batch-202611211000"));

        Assert.Equal("batch-202611211000", id);
        Assert.Equal("batch-202611211000", passed?.InstanceId);
    }

    [Fact]
    public async Task GetInstanceAsync_Suspended_IsRunningWithItsPayloads()
    {
        var created = new DateTimeOffset(2026, 11, 21, 11, 5, 0, TimeSpan.Zero);
        _client.Setup(c => c.GetInstanceAsync("batch-1", true, It.IsAny<CancellationToken>())).ReturnsAsync(new OrchestrationMetadata("BatchOrchestrator", "batch-1")
        {
            RuntimeStatus = OrchestrationRuntimeStatus.Suspended,
            CreatedAt = created,
            LastUpdatedAt = created.AddMinutes(1),
            SerializedInput = """{"windowId":"202611211000"}""",
            SerializedCustomStatus = """{"phase":"indexing"}""",
        });

        var instance = await new DurableClientAdapter(_client.Object).GetInstanceAsync("batch-1", getInputsAndOutputs: true);

        Assert.NotNull(instance);
        Assert.Equal("BatchOrchestrator", instance.Name);
        Assert.Equal(Port.OrchestrationRuntimeStatus.Running, instance.RuntimeStatus);
        Assert.True(instance.IsRunning);
        Assert.Equal(created, instance.CreatedAt);
        Assert.Equal("""{"windowId":"202611211000"}""", instance.SerializedInput);
        Assert.Equal("""{"phase":"indexing"}""", instance.SerializedCustomStatus);
    }

    [Fact]
    public async Task GetInstanceAsync_Unknown_IsNull()
    {
        _client.Setup(c => c.GetInstanceAsync("none", false, It.IsAny<CancellationToken>())).ReturnsAsync((OrchestrationMetadata?)null);

        Assert.Null(await new DurableClientAdapter(_client.Object).GetInstanceAsync("none"));
    }

    [Fact]
    public async Task GetAllInstancesAsync_ReadsEveryPageWithTheQuery()
    {
        OrchestrationQuery? passed = null;
        _client.Setup(c => c.GetAllInstancesAsync(It.IsAny<OrchestrationQuery>()))
            .Callback<OrchestrationQuery?>(query => passed = query)
            .Returns(new TwoPages(
                [new OrchestrationMetadata("BatchOrchestrator", "batch-1") { RuntimeStatus = OrchestrationRuntimeStatus.Completed }],
                [new OrchestrationMetadata("ProcessChunkGroup", "batch-1-index-g0") { RuntimeStatus = OrchestrationRuntimeStatus.Failed }]));

        var instances = new List<Port.OrchestrationMetadata>();
        await foreach (var instance in new DurableClientAdapter(_client.Object).GetAllInstancesAsync(new Port.OrchestrationQuery(InstanceIdPrefix: "batch-1")))
        {
            instances.Add(instance);
        }

        Assert.Equal("batch-1", passed?.InstanceIdPrefix);
        Assert.Equal(["batch-1", "batch-1-index-g0"], instances.Select(i => i.InstanceId));
        Assert.Equal([Port.OrchestrationRuntimeStatus.Completed, Port.OrchestrationRuntimeStatus.Failed], instances.Select(i => i.RuntimeStatus));
    }

    [Fact]
    public async Task PurgeInstanceAsync_ReturnsThePurgedCount()
    {
        _client.Setup(c => c.PurgeInstanceAsync("batch-1", null, It.IsAny<CancellationToken>())).ReturnsAsync(new PurgeResult(1));

        Assert.Equal(1, await new DurableClientAdapter(_client.Object).PurgeInstanceAsync("batch-1"));
    }

    [Fact]
    public async Task TerminateInstanceAsync_PassesTheOutput()
    {
        _client.Setup(c => c.TerminateInstanceAsync("batch-1", (object?)"stop", It.IsAny<CancellationToken>())).Returns(Task.CompletedTask).Verifiable();

        await new DurableClientAdapter(_client.Object).TerminateInstanceAsync("batch-1", "stop");

        _client.Verify();
    }

    [Fact]
    public async Task BatchStarter_OverTheAdapter_GetsThenStartsTheScheduledInstanceId()
    {
        var request = new BatchRequest("202611211000", 60, null, true);
        _client.SetupSequence(c => c.GetInstanceAsync("batch-202611211000", false, It.IsAny<CancellationToken>()))
            .ReturnsAsync((OrchestrationMetadata?)null)
            .ReturnsAsync(new OrchestrationMetadata("BatchOrchestrator", "batch-202611211000") { RuntimeStatus = OrchestrationRuntimeStatus.Pending });
        _client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), request, It.Is<StartOrchestrationOptions>(o => o.InstanceId == "batch-202611211000"), It.IsAny<CancellationToken>()))
            .ReturnsAsync("batch-202611211000")
            .Verifiable();

        var (instance, started) = await new BatchStarter(new DurableClientAdapter(_client.Object)).GetOrStartAsync("batch-202611211000", request, CancellationToken.None);

        Assert.True(started);
        Assert.Equal(Port.OrchestrationRuntimeStatus.Pending, instance.RuntimeStatus);
        _client.Verify();
    }

    private sealed class TwoPages(IReadOnlyList<OrchestrationMetadata> first, IReadOnlyList<OrchestrationMetadata> second) : AsyncPageable<OrchestrationMetadata>
    {
        public override async IAsyncEnumerable<Page<OrchestrationMetadata>> AsPages(string? continuationToken = null, int? pageSizeHint = null)
        {
            await Task.Yield();
            yield return new Page<OrchestrationMetadata>(first, "next");
            yield return new Page<OrchestrationMetadata>(second);
        }
    }
}
