using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Authentication;

/// <summary>Microsoft Entra ID (bearer token) authentication against Azurite over HTTPS with <c>--oauth basic</c>.</summary>
[Collection(AzuriteCollections.AzuriteHttps)]
public sealed class TokenCredentialTests(AzuriteHttpsFixture azurite)
{
    [Fact]
    public async Task QueueRoundTrip_ValidToken_Succeeds()
    {
        // Arrange
        var credential = new AzuriteTokenCredential();
        var connection = azurite.CreateTokenConnection(credential);
        var queue = connection.CreateQueueServiceClient(azurite.CreateClientOptions()).GetQueueClient(AzuriteFixture.NewName("oauth"));

        // Act
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(BinaryData.FromString("with token"));
        var message = Assert.Single(await queue.ReceiveMessagesAsync());
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);

        // Assert
        Assert.True(message.TryDecodeBody(QueueMessageEncoding.Base64, out var body));
        Assert.Equal("with token", body.ToString());
        Assert.All(credential.RequestedScopes, scopes => Assert.Equal([StorageConnection.TokenScope], scopes));
        Assert.NotEmpty(credential.RequestedScopes);
    }

    [Fact]
    public async Task BlobRoundTrip_ValidToken_Succeeds()
    {
        // Arrange
        var connection = azurite.CreateTokenConnection(new AzuriteTokenCredential());
        var container = connection.CreateBlobServiceClient(azurite.CreateClientOptions()).GetBlobContainerClient(AzuriteFixture.NewName("oauth"));

        // Act
        await container.CreateIfNotExistsAsync();
        var blob = container.GetAppendBlobClient("log");
        await blob.CreateAsync();
        await blob.AppendBlockAsync(BinaryData.FromString("line\n"));
        var download = await blob.DownloadAsync();

        // Assert
        Assert.Equal("line\n", download.Content.ToString());
    }

    [Theory]
    [InlineData("https://management.azure.com", null, 1)]
    [InlineData(null, "https://evil.example.com/", 1)]
    [InlineData(null, null, -1)]
    public async Task CreateIfNotExistsAsync_BadToken_ThrowsAuthenticationFailed(string? audience, string? issuer, int lifetimeHours)
    {
        // Arrange
        var credential = new AzuriteTokenCredential
        {
            Audience = audience ?? "https://storage.azure.com",
            Issuer = issuer ?? "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/",
            Lifetime = TimeSpan.FromHours(lifetimeHours),
        };
        var queue = azurite.CreateTokenConnection(credential)
            .CreateQueueServiceClient(azurite.CreateClientOptions()).GetQueueClient(AzuriteFixture.NewName("oauth"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => queue.CreateIfNotExistsAsync());

        // Assert
        Assert.Contains(exception.Status, new[] { 401, 403 });
        Assert.Equal(StorageErrors.AuthenticationFailed, exception.ErrorCode);
    }

    [Fact]
    public async Task SharedKeyOverHttps_TrustedCertificate_Succeeds()
    {
        // Arrange
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("tls"));

        // Act
        var created = await container.CreateIfNotExistsAsync();

        // Assert
        Assert.True(created);
        Assert.Equal("https", azurite.BlobEndpoint.Scheme);
    }
}
