using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class BlockBlobClientTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _service = azurite.CreateBlobServiceClient();

    [Fact]
    public async Task UploadAsync_ThenDownloadAsync_RoundTripsContentMetadataAndContentType()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("dir/ünïcode name & more.json");
        var metadata = new Dictionary<string, string> { ["Kind"] = "payment", ["version"] = "2" };

        // Act
        var info = await blob.UploadAsync(BinaryData.FromString("{\"amount\":42}"), metadata: metadata, contentType: "application/json");
        var download = await blob.DownloadAsync();

        // Assert
        Assert.Equal("{\"amount\":42}", download.Content.ToString());
        Assert.Equal(info.ETag, download.ETag);
        Assert.Equal(info.LastModified, download.LastModified);
        Assert.Equal("payment", download.Metadata["kind"]);
        Assert.Equal("2", download.Metadata["Version"]);
        Assert.Equal("BlockBlob", download.BlobType);
        Assert.Equal("application/json", download.ContentType);
    }

    [Fact]
    public async Task UploadAsync_IfNoneMatchAllOnExistingBlob_ThrowsBlobAlreadyExists()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("once");
        await blob.UploadAsync(BinaryData.FromString("v1"), BlobRequestConditions.IfNotExists());

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromString("v2"), new BlobRequestConditions { IfNoneMatch = ETag.All }));

        // Assert
        Assert.Equal(409, exception.Status);
        Assert.Equal(StorageErrors.BlobAlreadyExists, exception.ErrorCode);
        Assert.Equal("v1", (await blob.DownloadAsync()).Content.ToString());
    }

    [Fact]
    public async Task UploadAsync_IfMatchStaleETag_ThrowsConditionNotMet()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("state.json");
        var v1 = await blob.UploadAsync(BinaryData.FromString("v1"));
        await blob.UploadAsync(BinaryData.FromString("v2"), new BlobRequestConditions { IfMatch = v1.ETag });

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.UploadAsync(BinaryData.FromString("v3"), new BlobRequestConditions { IfMatch = v1.ETag }));

        // Assert
        Assert.Equal(412, exception.Status);
        Assert.Equal(StorageErrors.ConditionNotMet, exception.ErrorCode);
        Assert.Equal("v2", (await blob.DownloadAsync()).Content.ToString());
    }

    [Fact]
    public async Task DownloadAsync_IfNoneMatchCurrentETag_ThrowsNotModifiedConditionNotMet()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("cached");
        var info = await blob.UploadAsync(BinaryData.FromString("x"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.DownloadAsync(new BlobRequestConditions { IfNoneMatch = info.ETag }));

        // Assert
        Assert.Equal(304, exception.Status);
        Assert.Equal(StorageErrors.ConditionNotMet, exception.ErrorCode);
    }

    [Fact]
    public async Task DownloadAsync_MissingBlob_ThrowsBlobNotFound()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("missing");

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadAsync());

        // Assert
        Assert.Equal(404, exception.Status);
        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
    }

    [Fact]
    public async Task DownloadIfExistsAsync_MissingBlobOrContainer_ReturnsNull()
    {
        // Arrange
        var missingBlob = (await CreateContainerAsync()).GetBlockBlobClient("missing");
        var missingContainer = _service.GetBlobContainerClient(AzuriteFixture.NewName("none")).GetBlockBlobClient("b");

        // Act
        var first = await missingBlob.DownloadIfExistsAsync();
        var second = await missingContainer.DownloadIfExistsAsync();

        // Assert
        Assert.Null(first);
        Assert.Null(second);
    }
    private async Task<BlobContainerClient> CreateContainerAsync()
    {
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
