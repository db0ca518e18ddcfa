using Azure;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>One blob container: create it, list its blobs, get blob clients.</summary>
public partial class BlobContainerClient
{
    private readonly StoragePipeline _pipeline = null!;

    internal BlobContainerClient(Uri uri, string name, StoragePipeline pipeline)
    {
        Uri = uri;
        Name = name;
        _pipeline = pipeline;
    }

    /// <summary>For mocking only.</summary>
    protected BlobContainerClient()
    {
        Uri = new Uri("http://localhost/");
        Name = string.Empty;
    }

    /// <summary>The container name.</summary>
    public string Name { get; }

    /// <summary>The container URI.</summary>
    public Uri Uri { get; }

    /// <summary>Gets a client for a block blob in this container. Does not call the service.</summary>
    /// <param name="blobName">The blob name; '/' separates virtual directories.</param>
    public virtual BlockBlobClient GetBlockBlobClient(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        return new BlockBlobClient(StorageUris.AppendBlobName(Uri, blobName), blobName, _pipeline);
    }

    /// <summary>Gets a client for an append blob in this container. Does not call the service.</summary>
    /// <param name="blobName">The blob name; '/' separates virtual directories.</param>
    public virtual AppendBlobClient GetAppendBlobClient(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        return new AppendBlobClient(StorageUris.AppendBlobName(Uri, blobName), blobName, _pipeline);
    }

    /// <summary>Creates the container (private access) if it does not exist.</summary>
    /// <returns><see langword="true"/> if this call created it.</returns>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateContainerMessage(RequestMethod.Put);
        var response = await _pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (StoragePipeline.IsFailure(response, StorageErrors.ContainerAlreadyExists))
        {
            return false;
        }

        return StoragePipeline.IsFailure(response) ? throw StoragePipeline.CreateException(response) : true;
    }

    /// <summary>Deletes the container and its blobs if it exists.</summary>
    /// <returns><see langword="true"/> if the container existed.</returns>
    /// <exception cref="RequestFailedException">The service failed the request.</exception>
    public virtual async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = CreateContainerMessage(RequestMethod.Delete);
        var response = await _pipeline.SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        if (StoragePipeline.IsFailure(response, StorageErrors.ContainerNotFound))
        {
            return false;
        }

        return StoragePipeline.IsFailure(response) ? throw StoragePipeline.CreateException(response) : true;
    }

    private HttpMessage CreateContainerMessage(RequestMethod method)
    {
        var message = _pipeline.CreateMessage(method, Uri);
        message.Request.Uri.AppendQuery("restype", "container");
        return message;
    }
}
