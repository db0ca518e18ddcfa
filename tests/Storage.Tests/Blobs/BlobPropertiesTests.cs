using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class BlobPropertiesTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _service = azurite.CreateBlobServiceClient();

    [Fact]
    public async Task GetPropertiesAsync_ExistingBlob_ReturnsLengthTypeAndMetadata()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("props");
        var info = await blob.UploadAsync(new BinaryData(new byte[1234]), metadata: new Dictionary<string, string> { ["a"] = "b c" });

        // Act
        var properties = await blob.GetPropertiesAsync();

        // Assert
        Assert.Equal(info.ETag, properties.ETag);
        Assert.Equal(1234, properties.ContentLength);
        Assert.Equal("BlockBlob", properties.BlobType);
        Assert.Equal("b c", properties.Metadata["a"]);
        Assert.Null(properties.CommittedBlockCount);
        Assert.Equal("available", properties.LeaseState);
    }

    [Fact]
    public async Task GetPropertiesAsync_MissingBlob_ThrowsBlobNotFoundFromHeader()
    {
        // Arrange: HEAD responses have no body, so the code comes from x-ms-error-code.
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("missing");

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.GetPropertiesAsync());

        // Assert
        Assert.Equal(404, exception.Status);
        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
    }

    [Fact]
    public async Task SetMetadataAsync_CurrentETag_ReplacesMetadataAndChangesETag()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("meta");
        var v1 = await blob.UploadAsync(BinaryData.FromString("x"), metadata: new Dictionary<string, string> { ["old"] = "1" });

        // Act
        var v2 = await blob.SetMetadataAsync(new Dictionary<string, string> { ["new"] = "2" }, new BlobRequestConditions { IfMatch = v1.ETag });
        var properties = await blob.GetPropertiesAsync();

        // Assert
        Assert.NotEqual(v1.ETag, v2.ETag);
        Assert.Equal(v2.ETag, properties.ETag);
        Assert.Equal(["new"], properties.Metadata.Keys);
    }

    [Fact]
    public async Task SetMetadataAsync_StaleETag_ThrowsConditionNotMet()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("meta");
        var v1 = await blob.UploadAsync(BinaryData.FromString("x"));
        await blob.UploadAsync(BinaryData.FromString("y"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.SetMetadataAsync(new Dictionary<string, string> { ["k"] = "v" }, new BlobRequestConditions { IfMatch = v1.ETag }));

        // Assert
        Assert.Equal(412, exception.Status);
        Assert.Equal(StorageErrors.ConditionNotMet, exception.ErrorCode);
    }

    [Theory]
    [InlineData("naïve", "v")]
    [InlineData("1st", "v")]
    [InlineData("with-dash", "v")]
    [InlineData("k", "café")]
    [InlineData("k", "line\nbreak")]
    public async Task SetMetadataAsync_NonAsciiOrInvalidName_ThrowsArgumentException(string name, string value)
    {
        // Arrange
        var blob = _service.GetBlobContainerClient("never-called").GetBlockBlobClient("b");

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentException>(
            () => blob.SetMetadataAsync(new Dictionary<string, string> { [name] = value }));
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("gone");
        await blob.UploadAsync(BinaryData.FromString("x"));

        // Act
        var first = await blob.DeleteIfExistsAsync();
        var second = await blob.DeleteIfExistsAsync();

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task DeleteAsync_MissingBlob_ThrowsBlobNotFound()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("missing");

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DeleteAsync());

        // Assert
        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsConditionNotMet()
    {
        // Arrange
        var blob = (await CreateContainerAsync()).GetBlockBlobClient("guarded");
        var v1 = await blob.UploadAsync(BinaryData.FromString("x"));
        await blob.UploadAsync(BinaryData.FromString("y"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.DeleteIfExistsAsync(new BlobRequestConditions { IfMatch = v1.ETag }));

        // Assert
        Assert.Equal(StorageErrors.ConditionNotMet, exception.ErrorCode);
    }

    private async Task<BlobContainerClient> CreateContainerAsync()
    {
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
