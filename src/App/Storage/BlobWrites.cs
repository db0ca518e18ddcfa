using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Tidewater.App.Storage;

/// <summary>Whole-blob writes: content type and ETag conditions in one call, and the outcome of a lost condition race.</summary>
public static class BlobWrites
{
    /// <summary>The condition of a create-only write (<c>If-None-Match: *</c>).</summary>
    public static BlobRequestConditions IfNotExists() => new() { IfNoneMatch = ETag.All };

    /// <summary>The condition of a write that replaces the version read (<paramref name="expected"/>), or creates the blob when it was absent (null).</summary>
    public static BlobRequestConditions IfUnchanged(ETag? expected) =>
        expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : IfNotExists();

    /// <summary>Creates or replaces the block blob with <paramref name="content"/>.</summary>
    /// <param name="blob">The blob.</param>
    /// <param name="content">The whole content.</param>
    /// <param name="contentType">The content type, or null for the service's default.</param>
    /// <param name="conditions">ETag conditions, or null to write unconditionally.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new version's properties.</returns>
    /// <exception cref="RequestFailedException">The service failed the request (a failed condition: see <see cref="IsConditionFailure"/>).</exception>
    public static async Task<BlobContentInfo> UploadContentAsync(this BlobClient blob, BinaryData content, string? contentType = null,
        BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(content);
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            HttpHeaders = contentType is null ? null : new BlobHttpHeaders { ContentType = contentType },
        };
        return (await blob.UploadAsync(content, options, cancellationToken)).Value;
    }

    /// <summary>
    /// True when a conditional write failed because the blob changed since it was read, or exists when it was to
    /// be created (<c>ConditionNotMet</c>, <c>BlobAlreadyExists</c>).
    /// </summary>
    public static bool IsConditionFailure(RequestFailedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.ErrorCode == BlobErrorCode.ConditionNotMet || exception.ErrorCode == BlobErrorCode.BlobAlreadyExists;
    }
}
