using Azure;
using Azure.Core.Pipeline;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Pipeline;

[Collection(AzuriteCollections.Azurite)]
public sealed class RetryTests(AzuriteFixture azurite)
{
    private const string ServerBusyBody =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>ServerBusy</Code><Message>Try later.</Message></Error>";

    [Fact]
    public async Task CreateIfNotExistsAsync_FirstAttemptGets503_RetrySignedAfreshAndSucceeds()
    {
        // Arrange: every attempt moves the fake clock 2 s, so a re-signed retry has a later x-ms-date.
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var network = new HttpClientTransport();
        var transport = new RecordingTransport(network, onAttempt: () => time.Advance(TimeSpan.FromSeconds(2)))
            .ThenRespond(() => new FakeResponse(503, ServerBusyBody).WithHeader("x-ms-error-code", StorageErrors.ServerBusy));
        var options = azurite.CreateClientOptions();
        options.Transport = transport;
        options.TimeProvider = time;
        var queue = azurite.Connection.CreateQueueServiceClient(options).GetQueueClient(AzuriteFixture.NewName("retry"));

        // Act
        var created = await queue.CreateIfNotExistsAsync();

        // Assert
        Assert.True(created);
        Assert.Equal(2, transport.Attempts.Count);
        var (first, second) = (transport.Attempts[0].Headers, transport.Attempts[1].Headers);
        Assert.Equal(ResponseExtensions.ParseHttpDate(first["x-ms-date"]).AddSeconds(2), ResponseExtensions.ParseHttpDate(second["x-ms-date"]));
        Assert.NotEqual(first["Authorization"], second["Authorization"]);
        Assert.Equal(first["x-ms-client-request-id"], second["x-ms-client-request-id"]);
    }

    [Fact]
    public async Task SendAsync_EveryAttemptGets503_ThrowsAfterRetriesWithCodeFromXmlBody()
    {
        // Arrange: the canned responses carry the code only in the XML body.
        var transport = new RecordingTransport();
        for (var i = 0; i < 4; i++)
        {
            transport.ThenRespond(() => new FakeResponse(503, ServerBusyBody));
        }

        var options = new StorageClientOptions { Transport = transport };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var queue = StorageConnection.Parse("UseDevelopmentStorage=true").CreateQueueServiceClient(options).GetQueueClient("q");

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => queue.GetApproximateMessageCountAsync());

        // Assert
        Assert.Equal(StorageClientOptions.DefaultMaxRetries + 1, transport.Attempts.Count);
        Assert.Equal(503, exception.Status);
        Assert.Equal(StorageErrors.ServerBusy, exception.ErrorCode);
    }

    [Fact]
    public async Task SendAsync_NotRetriable409_FailsOnFirstAttempt()
    {
        // Arrange
        var transport = new RecordingTransport()
            .ThenRespond(() => new FakeResponse(409).WithHeader("x-ms-error-code", StorageErrors.LeaseAlreadyPresent));
        var options = new StorageClientOptions { Transport = transport };
        var blob = StorageConnection.Parse("UseDevelopmentStorage=true").CreateBlobServiceClient(options)
            .GetBlobContainerClient("c").GetBlockBlobClient("b");

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15)));

        // Assert
        Assert.Single(transport.Attempts);
        Assert.Equal(StorageErrors.LeaseAlreadyPresent, exception.ErrorCode);
    }

    [Fact]
    public void StorageClientOptions_Defaults_AreDocumentedValues()
    {
        // Act
        var options = new StorageClientOptions();

        // Assert
        Assert.Equal(3, options.Retry.MaxRetries);
        Assert.Equal(Azure.Core.RetryMode.Exponential, options.Retry.Mode);
        Assert.Equal(TimeSpan.FromSeconds(0.8), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Retry.NetworkTimeout);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }
}
