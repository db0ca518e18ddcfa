using Tidewater.Testing;

namespace Tidewater.App.Tests.Storage;

/// <summary>The two queue service clients on Azurite: base64 bodies, and wire text kept as it is.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class QueueEncodingTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Queues_SendsBase64_WireQueuesReadsTheWireText()
    {
        var clients = azurite.CreateClients();
        string name = AzuriteFixture.NewName("enc");
        var base64 = clients.Queues.GetQueueClient(name);
        var wire = clients.WireQueues.GetQueueClient(name);
        await base64.CreateIfNotExistsAsync();

        await base64.SendMessageAsync(BinaryData.FromString("{\"id\":\"a\"}"));
        await wire.SendMessageAsync(BinaryData.FromString("{not base64!}"));
        var received = (await wire.ReceiveMessagesAsync(2)).Value.Select(m => m.MessageText).ToList();

        Assert.Contains(Convert.ToBase64String("{\"id\":\"a\"}"u8), received);
        Assert.Contains("{not base64!}", received);
    }

    [Fact]
    public async Task Queues_ReceivesBase64_DecodesTheBody()
    {
        var queue = azurite.CreateClients().Queues.GetQueueClient(AzuriteFixture.NewName("enc"));
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(BinaryData.FromString("payload"));
        var message = Assert.Single((await queue.ReceiveMessagesAsync()).Value);

        Assert.Equal("payload", message.Body.ToString());
    }
}
