using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Storage;

/// <summary>An identity-based connection (bearer tokens) against Azurite over HTTPS with <c>--oauth basic</c>.</summary>
[Collection(AzuriteCollections.AzuriteHttps)]
public sealed class IdentityStorageTests(AzuriteHttpsFixture azurite)
{
    [Fact]
    public async Task QueueRoundTrip_TokenCredential_SucceedsWithTheStorageScope()
    {
        var credential = new AzuriteTokenCredential();
        var clients = new StorageClients(azurite.CreateTokenConnection(credential), azurite.CreateClientSettings());
        var queue = clients.Queues.GetQueueClient(AzuriteFixture.NewName("oauth"));

        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(BinaryData.FromString("with token"));
        var message = Assert.Single((await queue.ReceiveMessagesAsync()).Value);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);

        Assert.Equal("with token", message.Body.ToString());
        Assert.NotEmpty(credential.RequestedScopes);
        Assert.All(credential.RequestedScopes, scopes => Assert.Equal(["https://storage.azure.com/.default"], scopes));
    }

    [Fact]
    public async Task AppendBlobRoundTrip_TokenCredential_Succeeds()
    {
        var clients = new StorageClients(azurite.CreateTokenConnection(new AzuriteTokenCredential()), azurite.CreateClientSettings());
        var container = clients.Blobs.GetBlobContainerClient(AzuriteFixture.NewName("oauth"));

        await container.CreateIfNotExistsAsync();
        var blob = container.GetAppendBlobClient("log");
        await blob.CreateAsync(new AppendBlobCreateOptions());
        await blob.AppendBlockAsync(BinaryData.FromString("line\n").ToStream());

        Assert.Equal("line\n", (await blob.DownloadIfExistsAsync())?.Content.ToString());
    }
}
