using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>The containers the batch path reads and writes.</summary>
public sealed class BatchStorage(TidewaterStorage storage, BlobServiceClient blobs, IOptions<BatchOptions> options)
{
    /// <summary>The batch's own container (<see cref="BatchOptions.BatchContainer"/>); see <see cref="BatchLayout"/>.</summary>
    public BlobContainerClient Batch { get; } = blobs.GetBlobContainerClient(options.Value.BatchContainer);

    /// <summary>Window segments (read only).</summary>
    public BlobContainerClient Events => storage.Events;

    /// <summary>Model versions, baselines and the current-version pointer.</summary>
    public BlobContainerClient Models => storage.Models;
}
