using System.Text;
using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Queues;

[Collection(AzuriteCollections.Azurite)]
public sealed class QueueClientMessagesTests(AzuriteFixture azurite)
{
    private readonly QueueServiceClient _service = azurite.CreateQueueServiceClient();

    [Fact]
    public async Task SendMessageAsync_Base64_WireTextIsBase64OfUtf8Body()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        const string text = "payment <id=42> & \"ok\" – é 😀";

        // Act
        var receipt = await queue.SendMessageAsync(BinaryData.FromString(text));
        var message = Assert.Single(await queue.ReceiveMessagesAsync());

        // Assert
        Assert.Equal(receipt.MessageId, message.MessageId);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), message.MessageText);
        Assert.True(message.TryDecodeBody(QueueMessageEncoding.Base64, out var body));
        Assert.Equal(text, body.ToString());
        Assert.Equal(1, message.DequeueCount);
    }

    [Fact]
    public async Task SendMessageAsync_NoneEncoding_XmlSpecialAndNonAsciiTextRoundTrips()
    {
        // Arrange
        var queue = await CreateQueueAsync(QueueMessageEncoding.None);
        const string text = "<order id='1'>&amp; fish & chips</order>\r\n\tnaïve ✓ 😀  ";

        // Act
        await queue.SendMessageAsync(BinaryData.FromString(text));
        var message = Assert.Single(await queue.ReceiveMessagesAsync());

        // Assert
        Assert.Equal(text, message.MessageText);
        Assert.True(message.TryDecodeBody(QueueMessageEncoding.None, out var body));
        Assert.Equal(text, body.ToString());
    }

    [Fact]
    public async Task ReceiveMessagesAsync_MoreMessagesThanMax_ReturnsMaxInSendOrder()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        for (var i = 0; i < 5; i++)
        {
            await queue.SendMessageAsync(BinaryData.FromString($"m{i}"));
        }

        // Act
        var messages = await queue.ReceiveMessagesAsync(maxMessages: 3);

        // Assert
        Assert.Equal(["m0", "m1", "m2"], messages.Select(m => Decode(m)));
    }

    [Fact]
    public async Task ReceiveMessagesAsync_MessageAlreadyReceived_IsInvisibleUntilTimeout()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("once"));
        var first = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5)));

        // Act
        var second = await queue.ReceiveMessagesAsync();

        // Assert
        Assert.Empty(second);
        Assert.Equal(first.InsertedOn.AddMinutes(5), first.NextVisibleOn, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task UpdateMessageAsync_VisibilityZero_MessageIsReceivedAgainWithDequeueCountTwo()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("retry me"));
        var first = Assert.Single(await queue.ReceiveMessagesAsync(visibilityTimeout: TimeSpan.FromMinutes(5)));

        // Act
        var update = await queue.UpdateMessageAsync(first.MessageId, first.PopReceipt, TimeSpan.Zero);
        var second = Assert.Single(await queue.ReceiveMessagesAsync());

        // Assert
        Assert.NotEqual(first.PopReceipt, update.PopReceipt);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(2, second.DequeueCount);
        Assert.Equal("retry me", Decode(second));
    }

    [Fact]
    public async Task DeleteMessageAsync_CurrentPopReceipt_RemovesTheMessage()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("done"));
        var message = Assert.Single(await queue.ReceiveMessagesAsync());

        // Act
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);

        // Assert
        Assert.Equal(0, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task DeleteMessageAsync_StalePopReceipt_ThrowsPopReceiptMismatch()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        await queue.SendMessageAsync(BinaryData.FromString("x"));
        var message = Assert.Single(await queue.ReceiveMessagesAsync());
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, TimeSpan.FromMinutes(1));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => queue.DeleteMessageAsync(message.MessageId, message.PopReceipt));

        // Assert
        Assert.Equal(400, exception.Status);
        Assert.Equal(StorageErrors.PopReceiptMismatch, exception.ErrorCode);
    }

    [Fact]
    public async Task DeleteMessageAsync_UnknownMessage_ThrowsMessageNotFound()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        var receipt = await queue.SendMessageAsync(BinaryData.FromString("x"));
        await queue.DeleteMessageAsync(receipt.MessageId, receipt.PopReceipt);

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => queue.DeleteMessageAsync(receipt.MessageId, receipt.PopReceipt));

        // Assert
        Assert.Equal(404, exception.Status);
        Assert.Equal(StorageErrors.MessageNotFound, exception.ErrorCode);
    }

    [Fact]
    public async Task SendMessageAsync_TimeToLive_SetsExpiresOn()
    {
        // Arrange
        var queue = await CreateQueueAsync();

        // Act
        await queue.SendMessageAsync(BinaryData.FromString("short"), timeToLive: TimeSpan.FromHours(1));
        await queue.SendMessageAsync(BinaryData.FromString("forever"), timeToLive: QueueClient.NeverExpires);
        var messages = await queue.ReceiveMessagesAsync(maxMessages: 2);

        // Assert
        var shortLived = messages.Single(m => Decode(m) == "short");
        var forever = messages.Single(m => Decode(m) == "forever");
        Assert.Equal(shortLived.InsertedOn.AddHours(1), shortLived.ExpiresOn);
        Assert.Equal(9999, forever.ExpiresOn?.Year);
    }

    [Fact]
    public async Task SendMessageAsync_VisibilityDelay_MessageIsCountedButNotReceived()
    {
        // Arrange
        var queue = await CreateQueueAsync();

        // Act
        var receipt = await queue.SendMessageAsync(BinaryData.FromString("later"), visibilityDelay: TimeSpan.FromMinutes(10));
        var received = await queue.ReceiveMessagesAsync();

        // Assert
        Assert.Empty(received);
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
        Assert.Equal(receipt.InsertedOn.AddMinutes(10), receipt.NextVisibleOn);
    }
    private async Task<QueueClient> CreateQueueAsync(QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("q"), encoding);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    private static string Decode(QueueMessage message) =>
        message.TryDecodeBody(QueueMessageEncoding.Base64, out var body) ? body.ToString() : "<invalid>";
}
