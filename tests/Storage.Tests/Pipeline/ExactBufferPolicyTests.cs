using System.Runtime.InteropServices;
using System.Text;
using Azure;
using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Pipeline;

[Collection(AzuriteCollections.Azurite)]
public sealed class ExactBufferPolicyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DownloadRangeAsync_LargeRange_ContentIsOneArrayOfExactlyTheBodyLength()
    {
        // Arrange: 3 MiB + 7 bytes, an odd size a doubling buffer would never hit.
        var bytes = new byte[(3 * 1024 * 1024) + 7];
        new Random(7).NextBytes(bytes);
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("exact"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlockBlobClient("data.bin");
        await blob.UploadAsync(new BinaryData(bytes));

        // Act
        var range = await blob.DownloadRangeAsync(5, bytes.Length - 5);

        // Assert
        var content = range.Content.ToMemory();
        Assert.True(bytes.AsSpan(5).SequenceEqual(content.Span));
        Assert.True(MemoryMarshal.TryGetArray(content, out var segment));
        Assert.Equal(bytes.Length - 5, segment.Array!.Length);
    }

    [Fact]
    public async Task DownloadRangeAsync_WithPool_BodyIsInARentedArrayReturnedOnDispose()
    {
        // Arrange
        var pool = new CountingPool();
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("exact"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlockBlobClient("data.txt");
        await blob.UploadAsync(BinaryData.FromString("0123456789"));

        // Act
        var download = await blob.DownloadRangeAsync(2, 5, pool);
        string content = Encoding.UTF8.GetString(download.Content.Span);
        int rentedWhileOpen = pool.Outstanding;
        download.Dispose();
        download.Dispose();

        // Assert
        Assert.Equal("23456", content);
        Assert.Equal(1, rentedWhileOpen);
        Assert.Equal(0, pool.Outstanding);
        Assert.Throws<ObjectDisposedException>(() => download.Content);
    }

    [Fact]
    public async Task DownloadRangeAsync_WithPoolMissingBlob_ThrowsAndRentsNothingLeft()
    {
        var pool = new CountingPool();
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("exact"));
        await container.CreateIfNotExistsAsync();

        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => container.GetBlockBlobClient("missing").DownloadRangeAsync(0, 5, pool));

        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
        Assert.Equal(0, pool.Outstanding);
    }

    [Fact]
    public async Task GetPropertiesAsync_HeadWithContentLength_ReadsNoBody()
    {
        var container = azurite.CreateBlobServiceClient().GetBlobContainerClient(AzuriteFixture.NewName("exact"));
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlockBlobClient("data.txt");
        await blob.UploadAsync(BinaryData.FromString("0123456789"));

        var properties = await blob.GetPropertiesAsync();

        Assert.Equal(10, properties.ContentLength);
    }

    [Fact]
    public async Task DownloadAsync_BodyEndsBeforeContentLength_RetriedAndSucceeds()
    {
        // Arrange: the first answer promises 10 bytes and sends 4 (a connection cut mid-body); the second is whole.
        var transport = new RecordingTransport()
            .ThenRespond(() => Download("0123", contentLength: 10))
            .ThenRespond(() => Download("0123456789", contentLength: 10));
        var options = new StorageClientOptions { Transport = transport };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var blob = StorageConnection.Parse("UseDevelopmentStorage=true").CreateBlobServiceClient(options)
            .GetBlobContainerClient("c").GetBlockBlobClient("b");

        // Act
        var downloaded = await blob.DownloadAsync();

        // Assert
        Assert.Equal(2, transport.Attempts.Count);
        Assert.Equal("0123456789", downloaded.Content.ToString());
    }

    [Fact]
    public async Task DownloadAsync_NotModifiedWithTheBlobsContentLength_Is304NotATruncatedBody()
    {
        // A 304 (If-None-Match matched) may carry the blob's Content-Length without a body; it must not be read as one.
        var transport = new RecordingTransport().ThenRespond(() =>
        {
            var response = new FakeResponse(304).WithHeader("Content-Length", "10").WithHeader("x-ms-error-code", StorageErrors.ConditionNotMet);
            response.ContentStream = new NetworkLikeStream([]);
            return response;
        });
        var blob = StorageConnection.Parse("UseDevelopmentStorage=true").CreateBlobServiceClient(new StorageClientOptions { Transport = transport })
            .GetBlobContainerClient("c").GetBlockBlobClient("b");

        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadAsync(new BlobRequestConditions { IfNoneMatch = new ETag("\"0x1\"") }));

        Assert.Equal(304, exception.Status);
        Assert.Single(transport.Attempts);
    }

    [Fact]
    public async Task DownloadAsync_ErrorBodyFromNetworkStream_StillParsedForTheErrorCode()
    {
        var transport = new RecordingTransport().ThenRespond(() =>
        {
            var response = new FakeResponse(404).WithHeader("Content-Type", "application/xml");
            var body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>BlobNotFound</Code><Message>No.</Message></Error>";
            response.ContentStream = new NetworkLikeStream(Encoding.UTF8.GetBytes(body));
            return response.WithHeader("Content-Length", Encoding.UTF8.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        var blob = StorageConnection.Parse("UseDevelopmentStorage=true").CreateBlobServiceClient(new StorageClientOptions { Transport = transport })
            .GetBlobContainerClient("c").GetBlockBlobClient("b");

        var exception = await Assert.ThrowsAsync<RequestFailedException>(() => blob.DownloadAsync());

        Assert.Equal(StorageErrors.BlobNotFound, exception.ErrorCode);
    }

    private static FakeResponse Download(string body, int contentLength)
    {
        var response = new FakeResponse(200)
            .WithHeader("Content-Length", contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithHeader("ETag", "\"0x1\"")
            .WithHeader("Last-Modified", "Sat, 21 Nov 2026 08:00:00 GMT")
            .WithHeader("x-ms-blob-type", "BlockBlob");
        response.ContentStream = new NetworkLikeStream(Encoding.UTF8.GetBytes(body));
        return response;
    }

    /// <summary>A forward-only body, as a socket gives (not a <see cref="MemoryStream"/>, which counts as buffered).</summary>
    private sealed class NetworkLikeStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(count, Math.Min(3, bytes.Length - _position)); // small reads, as a socket may give
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A pool that counts arrays rented and not yet returned.</summary>
    private sealed class CountingPool : System.Buffers.ArrayPool<byte>
    {
        public int Outstanding { get; private set; }

        public override byte[] Rent(int minimumLength)
        {
            Outstanding++;
            return new byte[minimumLength + 13];
        }

        public override void Return(byte[] array, bool clearArray = false) => Outstanding--;
    }
}
