using System.Globalization;
using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>Operations shared by block and append blobs: read, properties, metadata, delete and leases.</summary>
/// <remarks>Metadata is in <c>BlobClientBase.Metadata.cs</c>, leases in <c>BlobClientBase.Leases.cs</c>.</remarks>
public abstract partial class BlobClientBase
{
    private protected BlobClientBase(Uri uri, string name, StoragePipeline pipeline)
    {
        Uri = uri;
        Name = name;
        Pipeline = pipeline;
    }

    /// <summary>For mocking only.</summary>
    protected BlobClientBase()
    {
        Uri = new Uri("http://localhost/");
        Name = string.Empty;
        Pipeline = null!;
    }

    /// <summary>The blob name.</summary>
    public string Name { get; }

    /// <summary>The blob URI.</summary>
    public Uri Uri { get; }

    private protected StoragePipeline Pipeline { get; }

    /// <summary>Downloads the whole blob.</summary>
    /// <param name="conditions">ETag conditions and lease; a failed If-Match is 412, a matched If-None-Match 304,
    /// both with <see cref="StorageErrors.ConditionNotMet"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.BlobNotFound"/>.</exception>
    public virtual async Task<BlobDownloadResult> DownloadAsync(BlobRequestConditions? conditions = null,
        CancellationToken cancellationToken = default) =>
        await DownloadCoreAsync(conditions, throwIfMissing: true, range: null, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Unreachable: a missing blob throws.");

    /// <summary>Downloads the whole blob, or returns null if it or its container does not exist.</summary>
    /// <param name="conditions">ETag conditions and lease.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request for another reason.</exception>
    public virtual Task<BlobDownloadResult?> DownloadIfExistsAsync(BlobRequestConditions? conditions = null,
        CancellationToken cancellationToken = default) =>
        DownloadCoreAsync(conditions, throwIfMissing: false, range: null, cancellationToken);

    /// <summary>Gets the blob's properties and metadata.</summary>
    /// <param name="conditions">ETag conditions and lease.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.BlobNotFound"/>.</exception>
    public virtual async Task<BlobProperties> GetPropertiesAsync(BlobRequestConditions? conditions = null,
        CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Head, conditions);
        var response = await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        response.Headers.TryGetValue("Content-Type", out var contentType);
        response.Headers.TryGetValue("x-ms-lease-state", out var leaseState);
        return new BlobProperties(
            response.GetRequiredETag(),
            response.GetRequiredInt64("Content-Length"),
            response.GetRequiredDate("Last-Modified"),
            response.GetMetadata(),
            response.GetRequiredHeader("x-ms-blob-type"),
            response.GetOptionalInt32("x-ms-blob-committed-block-count"))
        {
            ContentType = contentType,
            LeaseState = leaseState,
        };
    }

    /// <summary>Deletes the blob.</summary>
    /// <param name="conditions">ETag conditions; the lease id if the blob is leased.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="RequestFailedException">The service failed the request, e.g. <see cref="StorageErrors.BlobNotFound"/>.</exception>
    public virtual async Task DeleteAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, conditions);
        await Pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the blob if it exists.</summary>
    /// <param name="conditions">ETag conditions; the lease id if the blob is leased.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><see langword="true"/> if the blob existed and was deleted.</returns>
    /// <exception cref="RequestFailedException">The service failed the request for another reason, e.g. a condition.</exception>
    public virtual async Task<bool> DeleteIfExistsAsync(BlobRequestConditions? conditions = null,
        CancellationToken cancellationToken = default)
    {
        using var message = CreateMessage(RequestMethod.Delete, conditions);
        var response = await Pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (StoragePipeline.IsFailure(response, StorageErrors.BlobNotFound, StorageErrors.ContainerNotFound))
        {
            return false;
        }

        return StoragePipeline.IsFailure(response) ? throw StoragePipeline.CreateException(response) : true;
    }

    private protected HttpMessage CreateMessage(RequestMethod method, BlobRequestConditions? conditions)
    {
        var message = Pipeline.CreateMessage(method, Uri);
        BlobRequestConditions.Apply(message.Request, conditions);
        return message;
    }

    private async Task<BlobDownloadResult?> DownloadCoreAsync(BlobRequestConditions? conditions, bool throwIfMissing,
        (long Offset, long Count)? range, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get, conditions);
        if (range is { } r)
        {
            message.Request.Headers.SetValue("x-ms-range", string.Create(CultureInfo.InvariantCulture, $"bytes={r.Offset}-{r.Offset + r.Count - 1}"));
        }

        var response = await Pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (!throwIfMissing && StoragePipeline.IsFailure(response, StorageErrors.BlobNotFound, StorageErrors.ContainerNotFound))
        {
            return null;
        }

        if (StoragePipeline.IsFailure(response))
        {
            throw StoragePipeline.CreateException(response);
        }

        response.Headers.TryGetValue("Content-Type", out var contentType);
        return new BlobDownloadResult(
            response.Content,
            response.GetRequiredETag(),
            response.GetRequiredDate("Last-Modified"),
            response.GetMetadata(),
            response.GetRequiredHeader("x-ms-blob-type"))
        {
            ContentType = contentType,
        };
    }

    private protected static BlobInfo ReadBlobInfo(Response response) =>
        new(response.GetRequiredETag(), response.GetRequiredDate("Last-Modified"));
}
