using System.Text.Json;
using Tidewater.Cli.Sending;
using Tidewater.Cli.Tests.Generation;
using Tidewater.Storage;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Sending;

public class QueueEventSinkTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task SendAsync_Batch_OneBase64MessageWithTheEventArray()
    {
        var queue = azurite.CreateQueueServiceClient().GetQueueClient(AzuriteFixture.NewName("cli"));
        await using var sink = new QueueEventSink(queue);
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 3));

        await sink.PrepareAsync(CancellationToken.None);
        var outcome = await sink.SendAsync(batch, CancellationToken.None);

        Assert.Equal(SendStatus.Accepted, outcome.Status);
        var message = Assert.Single(await queue.ReceiveMessagesAsync(32));
        Assert.True(message.TryDecodeBody(QueueMessageEncoding.Base64, out var body));
        using var document = JsonDocument.Parse(body.ToMemory());
        Assert.Equal(["s1-0", "s1-1", "s1-2"], document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task SendAsync_QueueMissing_RejectedWithErrorCode()
    {
        var queue = azurite.CreateQueueServiceClient().GetQueueClient(AzuriteFixture.NewName("cli"));
        await using var sink = new QueueEventSink(queue);

        var outcome = await sink.SendAsync(TestTraffic.Generate(TestTraffic.Options(count: 1)), CancellationToken.None);

        Assert.Equal((SendStatus.Rejected, 404), (outcome.Status, outcome.StatusCode));
        Assert.Contains(StorageErrors.QueueNotFound, outcome.Detail, StringComparison.Ordinal);
    }
}
