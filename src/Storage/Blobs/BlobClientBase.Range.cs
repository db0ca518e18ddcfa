using Azure;

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
}
