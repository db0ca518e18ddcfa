using System.Buffers;
using System.Globalization;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

public abstract partial class BlobClientBase
{
    /// <summary>
    /// Downloads <paramref name="count"/> bytes from <paramref name="offset"/> (<c>x-ms-range</c>); fewer when the blob
    /// ends first.
    /// </summary>
    /// <param name="offset">First byte; keep it below the blob length (Azure answers 416 <c>InvalidRange</c> past it, Azurite does not).</param>
    /// <param name="count">Bytes wanted; positive.</param>
    /// <param name="conditions">ETag conditions and lease.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<BlobDownloadResult> DownloadRangeAsync(long offset, long count, BlobRequestConditions? conditions = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return await DownloadCoreAsync(conditions, throwIfMissing: true, (offset, count), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Unreachable: a missing blob throws.");
    }

    /// <summary>
    /// Downloads <paramref name="count"/> bytes from <paramref name="offset"/> into an array rented from
    /// <paramref name="pool"/> (fewer when the blob ends first); disposing the result returns the array. For large
    /// reads done over and over (a batch reading a window chunk by chunk), so they stop churning the large object heap.
    /// </summary>
    /// <param name="offset">First byte; keep it below the blob length.</param>
    /// <param name="count">Bytes wanted; positive.</param>
    /// <param name="pool">Where the body's array comes from and goes back to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<PooledDownload> DownloadRangeAsync(long offset, long count, ArrayPool<byte> pool, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentNullException.ThrowIfNull(pool);
        using var message = CreateMessage(RequestMethod.Get, null);
        message.Request.Headers.SetValue("x-ms-range", string.Create(CultureInfo.InvariantCulture, $"bytes={offset}-{offset + count - 1}"));
        ExactBufferPolicy.UsePool(message, pool);
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (message.TryGetProperty(typeof(PooledDownload), out var rented) && rented is byte[] array && response.ContentStream is { } body)
        {
            int length = (int)body.Length;
            response.ContentStream = null; // the array now belongs to the result
            return new PooledDownload(array, length, pool);
        }

        return new PooledDownload(response.Content.ToArray(), response.Content.ToMemory().Length, null);
    }
}
