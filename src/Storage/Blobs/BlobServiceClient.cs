namespace Tidewater.Storage;

/// <summary>The Blob service of a storage account. Hands out <see cref="BlobContainerClient"/>s that share its pipeline.</summary>
public class BlobServiceClient
{
    private readonly StoragePipeline _pipeline = null!;

    internal BlobServiceClient(Uri uri, StoragePipeline pipeline)
    {
        Uri = uri;
        _pipeline = pipeline;
    }

    /// <summary>For mocking only.</summary>
    protected BlobServiceClient()
    {
        Uri = new Uri("http://localhost/");
    }

    /// <summary>The Blob service endpoint.</summary>
    public Uri Uri { get; }

    /// <summary>Gets a client for one container. Does not call the service.</summary>
    /// <param name="name">The container name (3-63 lowercase letters, digits and '-').</param>
    public virtual BlobContainerClient GetBlobContainerClient(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new BlobContainerClient(StorageUris.AppendSegment(Uri, name), name, _pipeline);
    }
}
