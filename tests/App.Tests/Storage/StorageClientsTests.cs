using Tidewater.App.Storage;

namespace Tidewater.App.Tests.Storage;

/// <summary>The SDK clients built from each connection form point where the Functions host's would.</summary>
public sealed class StorageClientsTests
{
    private const string Key = Testing.AzuriteFixture.AccountKey;

    private static StorageClients Build(string connectionString) =>
        new(StorageConnectionSettings.FromConnectionString(connectionString), new StorageClientSettings());

    [Fact]
    public void ConnectionString_UseDevelopmentStorage_UsesAzuriteDefaults()
    {
        var clients = Build("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), clients.Blobs.Uri);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), clients.Queues.Uri);
        Assert.Equal("devstoreaccount1", clients.Blobs.AccountName);
    }

    [Fact]
    public void ConnectionString_AccountNameAndKey_BuildsHostStyleHttpsEndpoints()
    {
        var clients = Build($"AccountName=tidewater;AccountKey={Key}");

        Assert.Equal(new Uri("https://tidewater.blob.core.windows.net/"), clients.Blobs.Uri);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net/"), clients.Queues.Uri);
    }

    [Fact]
    public void ConnectionString_ProtocolAndEndpointSuffix_AreUsed()
    {
        var clients = Build($"DefaultEndpointsProtocol=http;AccountName=tidewater;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("http://tidewater.queue.core.chinacloudapi.cn/"), clients.Queues.Uri);
    }

    [Fact]
    public void ConnectionString_ExplicitPathStyleEndpoints_KeepTheAccountSegment()
    {
        var clients = Build($"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1");

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/models", clients.Blobs.GetBlobContainerClient("models").Uri.ToString());
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1/events-inbound", clients.Queues.GetQueueClient("events-inbound").Uri.ToString());
    }

    [Fact]
    public void ConnectionString_Malformed_Throws()
    {
        Assert.ThrowsAny<Exception>(() => Build("AccountName=tidewater;AccountKey"));
    }

    [Fact]
    public void IdentityBased_WithoutQueueEndpoint_ThrowsNamingTheSetting()
    {
        var settings = new StorageConnectionSettings { BlobServiceUri = new Uri("https://tidewater.blob.core.windows.net"), CredentialKind = "managedidentity" };

        var exception = Assert.Throws<InvalidOperationException>(() => new StorageClients(settings, new StorageClientSettings()));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentityBased_BothEndpoints_UsesThem()
    {
        var settings = new StorageConnectionSettings
        {
            BlobServiceUri = new Uri("https://tidewater.blob.core.windows.net"),
            QueueServiceUri = new Uri("https://tidewater.queue.core.windows.net"),
            CredentialKind = "managedidentity",
        };

        var clients = new StorageClients(settings, new StorageClientSettings());

        Assert.Equal("tidewater", clients.Blobs.AccountName);
        Assert.Equal(new Uri("https://tidewater.queue.core.windows.net"), clients.WireQueues.Uri);
    }
}
