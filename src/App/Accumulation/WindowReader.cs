using System.Runtime.CompilerServices;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Storage;

namespace Tidewater.App.Accumulation;

/// <summary>Reads the records of a window back from its segments.</summary>
public sealed class WindowReader(BlobContainerClient container)
{
    /// <summary>Every segment of <paramref name="window"/>, with its metadata.</summary>
    public IAsyncEnumerable<BlobItem> ListSegmentsAsync(WindowKey window, CancellationToken cancellationToken = default) =>
        container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, SegmentLayout.WindowPrefix(window), cancellationToken);

    /// <summary>Every record of <paramref name="window"/>, segment by segment.</summary>
    public async IAsyncEnumerable<AccumulationRecord> ReadRecordsAsync(
        WindowKey window, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var segment in ListSegmentsAsync(window, cancellationToken))
        {
            var download = await container.GetAppendBlobClient(segment.Name).DownloadIfExistsAsync(cancellationToken);
            if (download is null)
            {
                continue;
            }

            foreach (var line in AccumulationRecordFormat.Lines(download.Content.ToMemory()))
            {
                yield return AccumulationRecordFormat.Read(line);
            }
        }
    }
}
