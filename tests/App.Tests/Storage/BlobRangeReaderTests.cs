using System.Buffers;
using Azure;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Storage;

/// <summary>Exact-size whole and range reads (pooled or not), and the absent-blob read, on Azurite.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class BlobRangeReaderTests(AzuriteFixture azurite)
{
    private static readonly byte[] Content = [.. Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251))];

    private async Task<Azure.Storage.Blobs.BlobClient> UploadAsync()
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("range"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("data");
        await blob.UploadContentAsync(new BinaryData(Content));
        return blob;
    }

    [Fact]
    public async Task ReadAsync_Range_ReturnsExactlyThoseBytesInARentedArray()
    {
        var blob = await UploadAsync();
        var pool = new CountingPool();

        using (var range = await BlobRangeReader.ReadAsync(blob, 1_000, 50_000, pool, CancellationToken.None))
        {
            Assert.Equal(Content.AsMemory(1_000, 50_000).ToArray(), range.Content.ToArray());
            Assert.Equal(1, pool.Rented);
        }

        Assert.Equal(1, pool.Returned);
    }

    [Fact]
    public async Task ReadAsync_RangePastTheEnd_ReturnsWhatIsThere()
    {
        var blob = await UploadAsync();

        using var range = await BlobRangeReader.ReadAsync(blob, 99_000, 5_000, ArrayPool<byte>.Shared, CancellationToken.None);
        var copy = await BlobRangeReader.ReadAsync(blob, 99_000, 5_000, CancellationToken.None);

        Assert.Equal(Content.AsMemory(99_000).ToArray(), range.Content.ToArray());
        Assert.Equal(Content.AsMemory(99_000).ToArray(), copy.ToArray());
    }

    [Fact]
    public async Task ReadAsync_MissingBlob_ThrowsBlobNotFoundAndRentsNothing()
    {
        var blob = await UploadAsync();
        var missing = azurite.CreateBlobServiceClient().GetBlobContainerClient(blob.BlobContainerName).GetBlobClient("missing");
        var pool = new CountingPool();

        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => BlobRangeReader.ReadAsync(missing, 0, 10, pool, CancellationToken.None));

        Assert.True(BlobReads.IsMissing(exception));
        Assert.Equal(0, pool.Rented);
        Assert.Null(await missing.DownloadIfExistsAsync());
    }

    [Fact]
    public async Task DownloadExactAsync_WholeBlob_ReturnsContentAndTheVersionETag()
    {
        var blob = await UploadAsync();

        var download = await blob.DownloadExactAsync();

        Assert.Equal(Content, download.Content.ToArray());
        Assert.Equal((await blob.GetPropertiesAsync()).Value.ETag, download.Details.ETag);
    }

    [Fact]
    public async Task DownloadIfExistsAsync_MissingContainer_ReturnsNull()
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("none"));

        Assert.Null(await container.GetBlobClient("x").DownloadIfExistsAsync());
    }

    private sealed class CountingPool : ArrayPool<byte>
    {
        public int Rented { get; private set; }

        public int Returned { get; private set; }

        public override byte[] Rent(int minimumLength)
        {
            Rented++;
            return new byte[minimumLength];
        }

        public override void Return(byte[] array, bool clearArray = false) => Returned++;
    }
}
