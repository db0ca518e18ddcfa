using System.Buffers;
using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.App.Storage;

/// <summary>
/// Reads an exact byte range of a blob straight from the response stream into a pooled array, so large reads done
/// over and over (a batch reading a window chunk by chunk) neither churn the large object heap nor copy the bytes
/// through a growing buffer.
/// </summary>
/// <remarks>
/// The SDK's streaming download does not buffer the body, and its stream resumes from where it broke off when the
/// connection fails mid-body, so a single read into an array of the response's <c>Content-Length</c> is the only
/// copy (<see cref="BlobReads"/> does the same into exact-size arrays). See "Storage through the Azure SDK" in docs/decisions.md.
/// </remarks>
public static class BlobRangeReader
{
    /// <summary>
    /// Reads <paramref name="count"/> bytes from <paramref name="offset"/> (fewer when the blob ends first) into an
    /// array rented from <paramref name="pool"/>; dispose the result to return it.
    /// </summary>
    /// <param name="blob">The blob.</param>
    /// <param name="offset">First byte; keep it below the blob length.</param>
    /// <param name="count">Bytes wanted; positive.</param>
    /// <param name="pool">Where the array comes from and goes back to.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    /// <exception cref="IOException">The body ended before its announced length.</exception>
    public static async Task<PooledBlobRange> ReadAsync(BlobBaseClient blob, long offset, long count, ArrayPool<byte> pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(pool);
        var response = await blob.DownloadStreamingAsync(new BlobDownloadOptions { Range = new HttpRange(offset, count) }, cancellationToken);
        using var download = response.Value;
        int length = BlobReads.CheckedLength(download.Details.ContentLength);
        var buffer = pool.Rent(length);
        try
        {
            await BlobReads.ReadExactlyAsync(download.Content, buffer.AsMemory(0, length), cancellationToken);
            return new PooledBlobRange(buffer, length, pool);
        }
        catch
        {
            pool.Return(buffer);
            throw;
        }
    }

    /// <summary>Reads <paramref name="count"/> bytes from <paramref name="offset"/> (fewer when the blob ends first) into a new array of exactly that size.</summary>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    /// <exception cref="IOException">The body ended before its announced length.</exception>
    public static async Task<BinaryData> ReadAsync(BlobBaseClient blob, long offset, long count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (await blob.DownloadExactAsync(new HttpRange(offset, count), cancellationToken)).Content;
    }
}
