using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>A block blob: written whole with one Put Blob.</summary>
public class BlockBlobClient : BlobClientBase
{
    internal BlockBlobClient(Uri uri, string name, StoragePipeline pipeline)
        : base(uri, name, pipeline)
    {
    }

    /// <summary>For mocking only.</summary>
    protected BlockBlobClient()
    {
    }

    /// <summary>Creates or replaces the blob with <paramref name="content"/> (Put Blob).</summary>
    /// <param name="content">The whole content; sent without copying.</param>
    /// <param name="conditions">E.g. <see cref="BlobRequestConditions.IfNotExists"/> to create only
    /// (<see cref="StorageErrors.BlobAlreadyExists"/>), or <c>IfMatch</c> for optimistic concurrency
    /// (<see cref="StorageErrors.ConditionNotMet"/>).</param>
    /// <param name="metadata">Metadata to set (replaces any existing); null sets none.</param>
    /// <param name="contentType">The blob's content type; null leaves the service default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new ETag and last-modified time.</returns>
    /// <exception cref="ArgumentException">Metadata is not ASCII as required.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<BlobInfo> UploadAsync(BinaryData content, BlobRequestConditions? conditions = null,
        IDictionary<string, string>? metadata = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var message = CreateMessage(RequestMethod.Put, conditions);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        if (contentType is not null)
        {
            request.Headers.SetValue("x-ms-blob-content-type", contentType);
        }

        Metadata.Apply(request, metadata, nameof(metadata));
        request.Content = RequestContent.Create(content);
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ReadBlobInfo(response);
    }
}
