using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Tidewater.App.Storage;

/// <summary>The storage REST API versions every client sends (<c>x-ms-version</c>).</summary>
/// <remarks>
/// 2026-06-06 is the newest version both Azure Storage and Azurite 3.37 accept: the SDK's default is newer, and
/// Azurite answers it with 400 unless started with <c>--skipApiVersionCheck</c>.
/// </remarks>
public static class StorageServiceVersions
{
    /// <summary>The Blob service version.</summary>
    public const BlobClientOptions.ServiceVersion Blob = BlobClientOptions.ServiceVersion.V2026_06_06;

    /// <summary>The Queue service version.</summary>
    public const QueueClientOptions.ServiceVersion Queue = QueueClientOptions.ServiceVersion.V2026_06_06;
}
