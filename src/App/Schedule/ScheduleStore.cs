using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace Tidewater.App.Schedule;

/// <summary>
/// The schedule's container (<see cref="ScheduleOptions.ScheduleContainer"/>): the batch watermark
/// (<see cref="BatchWatermarkStore.BlobName"/>) and, on the local host, each timer's status and lease blobs.
/// </summary>
public sealed class ScheduleStore(BlobServiceClient blobs, IOptions<ScheduleOptions> options)
{
    private volatile bool _created;

    /// <summary>The container.</summary>
    public BlobContainerClient Container { get; } = blobs.GetBlobContainerClient(options.Value.ScheduleContainer);

    /// <summary>Creates the container on first use in this process (later calls return at once).</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            _created = true;
        }
    }
}
