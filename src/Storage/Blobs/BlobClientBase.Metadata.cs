using Azure;
using Azure.Core;

namespace Tidewater.Storage;

public abstract partial class BlobClientBase
{
    /// <summary>Replaces all of the blob's metadata.</summary>
    /// <param name="metadata">Names are ASCII identifiers, values printable ASCII; empty clears the metadata.</param>
    /// <param name="conditions">ETag conditions; the lease id if the blob is leased.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new ETag and last-modified time.</returns>
    /// <exception cref="ArgumentException">A name or value is not ASCII as described.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<BlobInfo> SetMetadataAsync(IDictionary<string, string> metadata,
        BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        using var message = CreateMessage(RequestMethod.Put, conditions);
        message.Request.Uri.AppendQuery("comp", "metadata");
        Metadata.Apply(message.Request, metadata, nameof(metadata));
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ReadBlobInfo(response);
    }
}
