namespace Tidewater.Storage.Tests.Queues;

public sealed class QueueMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("not base64!")]
    [InlineData("abc")]
    public void TryDecodeBody_InvalidBase64_ReturnsFalse(string text)
    {
        // Arrange
        var message = new QueueMessage("id", "pop", text, 1, Now, null, Now);

        // Act
        var decoded = message.TryDecodeBody(QueueMessageEncoding.Base64, out var body);

        // Assert
        Assert.False(decoded);
        Assert.True(body.ToMemory().IsEmpty);
    }

    [Fact]
    public void TryDecodeBody_ValidBase64_ReturnsBytes()
    {
        // Arrange
        var message = new QueueMessage("id", "pop", "AAEC/w==", 1, Now, null, Now);

        // Act
        var decoded = message.TryDecodeBody(QueueMessageEncoding.Base64, out var body);

        // Assert
        Assert.True(decoded);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, body.ToArray());
    }

    [Fact]
    public void TryDecodeBody_None_ReturnsUtf8Text()
    {
        // Arrange
        var message = new QueueMessage("id", "pop", "AAEC/w== é", 1, Now, null, Now);

        // Act
        var decoded = message.TryDecodeBody(QueueMessageEncoding.None, out var body);

        // Assert
        Assert.True(decoded);
        Assert.Equal("AAEC/w== é", body.ToString());
    }
}
