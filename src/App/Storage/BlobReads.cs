using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Tidewater.App.Storage;

/// <summary>Whole-blob reads that treat a missing blob (or container) as absent rather than as a failure.</summary>
public static class BlobReads
{
    /// <summary>The blob's content and properties, or <see langword="null"/> when it (or its container) does not exist.</summary>
    /// <exception cref="RequestFailedException">The service failed the request for another reason.</exception>
    public static async Task<BlobDownloadResult?> DownloadIfExistsAsync(this BlobBaseClient blob, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (IsMissing(ex))
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="exception"/> says the blob or its container does not exist.</summary>
    public static bool IsMissing(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Status == 404
            && (exception.ErrorCode == BlobErrorCode.BlobNotFound || exception.ErrorCode == BlobErrorCode.ContainerNotFound);
    }
}
