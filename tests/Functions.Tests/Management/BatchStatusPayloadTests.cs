using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Tidewater.App;
using Tidewater.App.Management;
using Tidewater.App.Batch;
using Tidewater.Functions.Batch;
using Xunit;

namespace Tidewater.Functions.Tests.Management;

public sealed class BatchStatusPayloadTests
{
    [Fact]
    public async Task GetAsync_ThroughTheDurableClient_PointsAtTheBatchesRoutes()
    {
        using var services = FunctionsAppServices.Build();
        var client = new Mock<DurableTaskClient>("test");
        client.Setup(c => c.GetInstanceAsync("batch-202611211000", true, It.IsAny<CancellationToken>())).ReturnsAsync(
            new OrchestrationMetadata("BatchOrchestrator", "batch-202611211000")
            {
                RuntimeStatus = OrchestrationRuntimeStatus.Running,
                DataConverter = OrchestrationJson.Converter,
                SerializedInput = """{"windowId":"202611211000","windowMinutes":60,"publishModel":true}""",
                SerializedCustomStatus = """{"phase":"processing","chunksDone":3,"chunksTotal":8,"itemsDone":300,"itemsTotal":800,"failedChunks":0}""",
            });

        var result = await DurableHandlers.BatchManagement(services, client.Object)
            .GetAsync("batch-202611211000", new Uri("https://tidewater.example"), CancellationToken.None);

        Assert.Equal(ManagementStatus.Ok, result.Status);
        var status = result.Value!;
        Assert.Equal(OrchestrationRuntimeStatus.Running, status.RuntimeStatus);
        Assert.Equal("202611211000", status.Input?.WindowId);
        Assert.Equal(3, status.Progress?.ChunksDone);
        Assert.Equal(new Uri("https://tidewater.example/api/batches/batch-202611211000"), status.Links.StatusQueryGetUri);
        Assert.Equal(new Uri("https://tidewater.example/api/batches/batch-202611211000/terminate"), status.Links.TerminatePostUri);
        Assert.Equal(new Uri("https://tidewater.example/api/reports/batch-202611211000"), status.Links.ReportGetUri);
        string json = JsonSerializer.Serialize(status, OrchestrationJson.Options);
        Assert.Contains("\"runtimeStatus\":\"running\"", json, StringComparison.Ordinal);
        Assert.Contains("\"statusQueryGetUri\":\"https://tidewater.example/api/batches/batch-202611211000\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_NotABatch_IsNotFound()
    {
        using var services = FunctionsAppServices.Build();
        var client = new Mock<DurableTaskClient>("test");
        client.Setup(c => c.GetInstanceAsync("batch-1-index-g0", true, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("ProcessChunkGroup", "batch-1-index-g0") { RuntimeStatus = OrchestrationRuntimeStatus.Completed });

        var result = await DurableHandlers.BatchManagement(services, client.Object).GetAsync("batch-1-index-g0", new Uri("https://tidewater.example"), CancellationToken.None);

        Assert.Equal(ManagementStatus.NotFound, result.Status);
        Assert.Equal("id", result.Field);
    }

    [Fact]
    public void Schedule_IsBuiltPerInvocationOverTheClient()
    {
        using var services = FunctionsAppServices.Build();

        Assert.NotNull(DurableHandlers.Schedule(services, new Mock<DurableTaskClient>("test").Object));
    }
}
