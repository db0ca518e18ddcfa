using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Blobs;

[Collection(AzuriteCollections.Azurite)]
public sealed class BlobRangeTests(AzuriteFixture azurite)
{
    private async Task<BlockBlobClient> BlobWithAsync(string content)
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("range"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlockBlobClient("data.txt");
        await blob.UploadAsync(BinaryData.FromString(content));
        return blob;
    }

    [Fact]
    public async Task DownloadRangeAsync_MiddleRange_ReturnsExactlyThoseBytes()
    {
        var blob = await BlobWithAsync("0123456789");

        var range = await blob.DownloadRangeAsync(3, 4);

        Assert.Equal("3456", range.Content.ToString());
    }

    [Fact]
    public async Task DownloadRangeAsync_PastTheEnd_ReturnsTheRest()
    {
        var blob = await BlobWithAsync("0123456789");

        var range = await blob.DownloadRangeAsync(8, 100);

        Assert.Equal("89", range.Content.ToString());
    }
}
