using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class BlobContainerClientTests(AzuriteFixture azurite)
{
    private readonly BlobServiceClient _service = azurite.CreateBlobServiceClient();

    [Fact]
    public async Task CreateIfNotExistsAsync_NewThenExisting_ReturnsTrueThenFalse()
    {
        // Arrange
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));

        // Act
        var first = await container.CreateIfNotExistsAsync();
        var second = await container.CreateIfNotExistsAsync();

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task DeleteIfExistsAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        // Arrange
        var container = await CreateContainerAsync();

        // Act
        var first = await container.DeleteIfExistsAsync();
        var second = await container.DeleteIfExistsAsync();

        // Assert
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task ListBlobsAsync_SmallPageSize_FollowsMarkersAndReturnsAllInNameOrder()
    {
        // Arrange
        var container = await CreateContainerAsync();
        var etags = new Dictionary<string, ETag>();
        foreach (var name in new[] { "b/3", "a/1", "b/1", "a/2", "b/2" })
        {
            var info = await container.GetBlockBlobClient(name).UploadAsync(BinaryData.FromString(name));
            etags[name] = info.ETag;
        }

        // Act
        var items = await container.ListBlobsAsync(pageSizeHint: 2).ToListAsync();

        // Assert
        Assert.Equal(["a/1", "a/2", "b/1", "b/2", "b/3"], items.Select(i => i.Name));
        Assert.All(items, i => Assert.Equal(etags[i.Name], i.ETag));
        Assert.All(items, i => Assert.Equal(3, i.ContentLength));
        Assert.All(items, i => Assert.Equal("BlockBlob", i.BlobType));
        Assert.All(items, i => Assert.Empty(i.Metadata));
    }

    [Fact]
    public async Task ListBlobsAsync_PrefixAndMetadata_ReturnsMatchingBlobsWithMetadata()
    {
        // Arrange
        var container = await CreateContainerAsync();
        await container.GetBlockBlobClient("runs/1").UploadAsync(BinaryData.FromString("x"), metadata: new Dictionary<string, string> { ["status"] = "done" });
        await container.GetAppendBlobClient("runs/2").CreateAsync(metadata: new Dictionary<string, string> { ["status"] = "open" });
        await container.GetBlockBlobClient("other").UploadAsync(BinaryData.FromString("y"));

        // Act
        var items = await container.ListBlobsAsync(prefix: "runs/", includeMetadata: true, pageSizeHint: 1).ToListAsync();

        // Assert
        Assert.Equal(["runs/1", "runs/2"], items.Select(i => i.Name));
        Assert.Equal("done", items[0].Metadata["status"]);
        Assert.Equal("open", items[1].Metadata["STATUS"]);
        Assert.Equal("AppendBlob", items[1].BlobType);
    }

    [Fact]
    public async Task ListBlobsAsync_MissingContainer_ThrowsContainerNotFound()
    {
        // Arrange
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("missing"));

        // Act
        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => container.ListBlobsAsync().ToListAsync().AsTask());

        // Assert
        Assert.Equal(404, exception.Status);
        Assert.Equal(StorageErrors.ContainerNotFound, exception.ErrorCode);
    }

    [Fact]
    public async Task ListBlobsAsync_PageSizeOutOfRange_Throws()
    {
        // Arrange
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));

        // Act + Assert
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => container.ListBlobsAsync(pageSizeHint: 5001).ToListAsync().AsTask());
    }

    private async Task<BlobContainerClient> CreateContainerAsync()
    {
        var container = _service.GetBlobContainerClient(AzuriteFixture.NewName("c"));
        await container.CreateIfNotExistsAsync();
        return container;
    }
}
