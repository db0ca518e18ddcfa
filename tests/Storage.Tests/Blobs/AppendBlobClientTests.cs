using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class AppendBlobClientTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _service = azurite.CreateBlobServiceClient();

    [Fact]
    public async Task CreateAsync_IfNotExistsTwice_SecondThrowsBlobAlreadyExists()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();
        await blob.CreateAsync(BlobRequestConditions.IfNotExists());

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.CreateAsync(BlobRequestConditions.IfNotExists()));

        // Assert
        Assert.Equal(409, exception.Status);
        Assert.Equal(StorageErrors.BlobAlreadyExists, exception.ErrorCode);
    }

    [Fact]
    public async Task AppendBlockAsync_TwoBlocks_ReturnsOffsetsAndCountsAndContentIsConcatenated()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();
        await blob.CreateAsync(contentType: "application/x-ndjson");

        // Act
        var first = await blob.AppendBlockAsync(BinaryData.FromString("{\"n\":1}\n"), appendPositionEqual: 0);
        var second = await blob.AppendBlockAsync("{\"n\":2}\n"u8.ToArray().AsMemory(), appendPositionEqual: 8,
            new BlobRequestConditions { IfMatch = first.ETag });
        var download = await blob.DownloadAsync();
        var properties = await blob.GetPropertiesAsync();

        // Assert
        Assert.Equal((0L, 1), (first.AppendOffset, first.CommittedBlockCount));
        Assert.Equal((8L, 2), (second.AppendOffset, second.CommittedBlockCount));
        Assert.Equal("{\"n\":1}\n{\"n\":2}\n", download.Content.ToString());
        Assert.Equal("AppendBlob", download.BlobType);
        Assert.Equal(second.ETag, download.ETag);
        Assert.Equal(2, properties.CommittedBlockCount);
        Assert.Equal(16, properties.ContentLength);
        Assert.Equal("application/x-ndjson", properties.ContentType);
    }

    [Fact]
    public async Task AppendBlockAsync_WrongAppendPosition_ThrowsAppendPositionConditionNotMet()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();
        await blob.CreateAsync();
        await blob.AppendBlockAsync(BinaryData.FromString("abc"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.AppendBlockAsync(BinaryData.FromString("def"), appendPositionEqual: 0));

        // Assert
        Assert.Equal(412, exception.Status);
        Assert.Equal(StorageErrors.AppendPositionConditionNotMet, exception.ErrorCode);
    }

    [Fact]
    public async Task AppendBlockAsync_StaleETag_ThrowsConditionNotMet()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();
        var created = await blob.CreateAsync();
        await blob.AppendBlockAsync(BinaryData.FromString("abc"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(
            () => blob.AppendBlockAsync(BinaryData.FromString("def"), conditions: new BlobRequestConditions { IfMatch = created.ETag }));

        // Assert
        Assert.Equal(StorageErrors.ConditionNotMet, exception.ErrorCode);
    }

    [Fact]
    public async Task AppendBlockAsync_MissingBlob_ThrowsBlobNotFound()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.AppendBlockAsync(BinaryData.FromString("x")));

        // Assert
        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData((4 * 1024 * 1024) + 1)]
    public async Task AppendBlockAsync_EmptyOrOver4MiB_ThrowsWithoutCallingTheService(int size)
    {
        // Arrange
        var blob = _service.GetBlobContainerClient("never-called").GetAppendBlobClient("b");

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => blob.AppendBlockAsync(new byte[size].AsMemory()));
    }

    [Fact]
    public async Task AppendBlockAsync_Exactly4MiB_Succeeds()
    {
        // Arrange
        var blob = await NewAppendBlobAsync();
        await blob.CreateAsync();

        // Act
        var result = await blob.AppendBlockAsync(new byte[AppendBlobClient.MaxAppendBlockBytes].AsMemory());

        // Assert
        Assert.Equal(1, result.CommittedBlockCount);
        Assert.Equal(AppendBlobClient.MaxAppendBlockBytes, (await blob.GetPropertiesAsync()).ContentLength);
    }

    private async Task<AppendBlobClient> NewAppendBlobAsync()
    {
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        return container.GetAppendBlobClient("log/part-0001.ndjson");
    }
}
