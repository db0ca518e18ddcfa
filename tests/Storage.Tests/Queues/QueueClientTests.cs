using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Queues;

[Collection(AzuriteCollections.Azurite)]
public sealed class QueueClientTests(AzuriteFixture azurite)
{
    private readonly QueueServiceClient _service = azurite.CreateQueueServiceClient();

    [Fact]
    public async Task CreateIfNotExistsAsync_NewThenExisting_ReturnsTrueThenFalse()
    {
        // Arrange
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("q"));

        // Act
        var first = await queue.CreateIfNotExistsAsync();
        var second = await queue.CreateIfNotExistsAsync();

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        // Arrange
        var queue = await CreateQueueAsync();

        // Act
        var first = await queue.DeleteIfExistsAsync();
        var second = await queue.DeleteIfExistsAsync();

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task SendMessageAsync_NoneEncodingWithControlCharacter_ThrowsArgumentException()
    {
        // Arrange
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("q"), QueueMessageEncoding.None);

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentException>(() => queue.SendMessageAsync(BinaryData.FromString("bell \u0007")));
    }

    [Fact]
    public async Task ReceiveMessagesAsync_EmptyQueue_ReturnsEmptyList()
    {
        // Arrange
        var queue = await CreateQueueAsync();

        // Act
        var messages = await queue.ReceiveMessagesAsync(maxMessages: 32);

        // Assert
        Assert.Empty(messages);
    }

    [Fact]
    public async Task GetApproximateMessageCountAsync_ThreeMessages_ReturnsThree()
    {
        // Arrange
        var queue = await CreateQueueAsync();
        for (var i = 0; i < 3; i++)
        {
            await queue.SendMessageAsync(BinaryData.FromString("m"));
        }

        // Act
        var count = await queue.GetApproximateMessageCountAsync();

        // Assert
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task GetApproximateMessageCountAsync_MissingQueue_ThrowsQueueNotFound()
    {
        // Arrange
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("missing"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => queue.GetApproximateMessageCountAsync());

        // Assert
        Assert.Equal(404, exception.Status);
        Assert.Equal(StorageErrors.QueueNotFound, exception.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public async Task ReceiveMessagesAsync_MaxMessagesOutOfRange_ThrowsWithoutCallingTheService(int maxMessages)
    {
        // Arrange
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("q"));

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queue.ReceiveMessagesAsync(maxMessages));
    }

    private async Task<QueueClient> CreateQueueAsync(QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var queue = _service.GetQueueClient(AzuriteFixture.NewName("q"), encoding);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}
