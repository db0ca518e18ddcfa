using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>An append blob: created empty, then written by appending blocks.</summary>
public class AppendBlobClient : BlobClientBase
{
    /// <summary>The largest block this client appends: 4 MiB.</summary>
    public const int MaxAppendBlockBytes = 4 * 1024 * 1024;

    internal AppendBlobClient(Uri uri, string name, StoragePipeline pipeline)
        : base(uri, name, pipeline)
    {
    }

    /// <summary>For mocking only.</summary>
    protected AppendBlobClient()
    {
    }

    /// <summary>Creates an empty append blob, replacing any blob of that name unless a condition says otherwise.</summary>
    /// <param name="conditions"><see cref="BlobRequestConditions.IfNotExists"/> to create only
    /// (<see cref="StorageErrors.BlobAlreadyExists"/> if it exists).</param>
    /// <param name="metadata">Metadata to set; null sets none.</param>
    /// <param name="contentType">The blob's content type; null leaves the service default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new ETag and last-modified time.</returns>
    /// <exception cref="ArgumentException">Metadata is not ASCII as required.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<BlobInfo> CreateAsync(BlobRequestConditions? conditions = null,
        IDictionary<string, string>? metadata = null, string? contentType = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Put, conditions);
        var request = message.Request;
        request.Headers.SetValue("x-ms-blob-type", "AppendBlob");
        if (contentType is not null)
        {
            request.Headers.SetValue("x-ms-blob-content-type", contentType);
        }

        Metadata.Apply(request, metadata, nameof(metadata));
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return ReadBlobInfo(response);
    }

    /// <inheritdoc cref="AppendBlockAsync(ReadOnlyMemory{byte}, long?, BlobRequestConditions?, CancellationToken)"/>
    public virtual Task<AppendResult> AppendBlockAsync(BinaryData content, long? appendPositionEqual = null,
        BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return AppendBlockAsync(content.ToMemory(), appendPositionEqual, conditions, cancellationToken);
    }

    /// <summary>Appends one block to the end of the blob (Append Block).</summary>
    /// <param name="content">1 byte to <see cref="MaxAppendBlockBytes"/>; sent without copying.</param>
    /// <param name="appendPositionEqual">Only if the blob's length is exactly this
    /// (<see cref="StorageErrors.AppendPositionConditionNotMet"/> otherwise); null for no condition.</param>
    /// <param name="conditions">ETag conditions; the lease id if the blob is leased.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The offset the block was written at, the new ETag and the committed block count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The block is empty or larger than 4 MiB.</exception>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<AppendResult> AppendBlockAsync(ReadOnlyMemory<byte> content, long? appendPositionEqual = null,
        BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        if (content.IsEmpty || content.Length > MaxAppendBlockBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(content), content.Length, "An append block is 1 byte to 4 MiB.");
        }

        using var message = CreateMessage(RequestMethod.Put, conditions);
        var request = message.Request;
        request.Uri.AppendQuery("comp", "appendblock");
        if (appendPositionEqual is { } position)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position, nameof(appendPositionEqual));
            request.Headers.SetValue("x-ms-blob-condition-appendpos", position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        request.Content = RequestContent.Create(content);
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return new AppendResult(
            response.GetRequiredETag(),
            response.GetRequiredInt64("x-ms-blob-append-offset"),
            (int)response.GetRequiredInt64("x-ms-blob-committed-block-count"));
    }
}
