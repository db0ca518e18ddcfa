using System.Text.Json;
using Tidewater.Cli.Sending;
using Tidewater.Cli.Tests.Generation;
using Azure.Storage.Queues.Models;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Sending;

public class QueueEventSinkTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task SendAsync_Batch_OneBase64MessageWithTheEventArray()
    {
        var queue = InboundQueueClient.Create(azurite.ConnectionString, AzuriteFixture.NewName("cli"));
        await using var sink = new QueueEventSink(queue);
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 3));

        await sink.PrepareAsync(CancellationToken.None);
        var outcome = await sink.SendAsync(batch, CancellationToken.None);

        Assert.Equal(SendStatus.Accepted, outcome.Status);
        var raw = new Azure.Storage.Queues.QueueClient(azurite.ConnectionString, queue.Name, new Azure.Storage.Queues.QueueClientOptions(InboundQueueClient.Version));
        string wire = Assert.Single((await raw.PeekMessagesAsync(32)).Value).Body.ToString();
        var message = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);
        Assert.Equal(Convert.ToBase64String(message.Body.ToArray()), wire);
        using var document = JsonDocument.Parse(message.Body.ToMemory());
        Assert.Equal(["s1-0", "s1-1", "s1-2"], document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task SendAsync_QueueMissing_RejectedWithErrorCode()
    {
        var queue = InboundQueueClient.Create(azurite.ConnectionString, AzuriteFixture.NewName("cli"));
        await using var sink = new QueueEventSink(queue);

        var outcome = await sink.SendAsync(TestTraffic.Generate(TestTraffic.Options(count: 1)), CancellationToken.None);

        Assert.Equal((SendStatus.Rejected, 404), (outcome.Status, outcome.StatusCode));
        Assert.Contains(QueueErrorCode.QueueNotFound.ToString(), outcome.Detail, StringComparison.Ordinal);
    }
}
