using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>
/// The set of event ids of a window (<see cref="BatchLayout.WindowIds"/>): stored by the window's own batch, read by
/// the next window's. When the next window's batch runs first (catch-up starts several at once), it builds the set
/// by scanning the window's segments and stores it; the content is the same either way, as the window is sealed.
/// </summary>
public sealed class WindowIdSets(BatchStorage storage, ILogger<WindowIdSets> logger)
{
    /// <summary>The sorted, distinct id digests of <paramref name="window"/> (empty for a window without segments).</summary>
    public async Task<UInt128[]> GetOrBuildAsync(WindowKey window, CancellationToken cancellationToken)
    {
        var stored = await storage.Batch.GetBlobClient(BatchLayout.WindowIds(window.Id)).DownloadIfExistsAsync(cancellationToken: cancellationToken);
        if (stored is not null)
        {
            return IdCodec.ReadIdSet(stored.Content.ToMemory().Span);
        }

        var ids = new List<UInt128>();
        await foreach (var segment in storage.Events.GetBlobsAsync(BlobTraits.None, BlobStates.None, SegmentLayout.WindowPrefix(window), cancellationToken: cancellationToken))
        {
            var content = await storage.Events.GetAppendBlobClient(segment.Name).DownloadIfExistsAsync(cancellationToken: cancellationToken);
            if (content is not null)
            {
                ids.AddRange(IndexChunkActivity.Scan(content.Content.ToMemory()).Entries.Select(e => e.Digest));
            }
        }

        UInt128[] set = [.. ids.Distinct().Order()];
        await StoreAsync(window, set, cancellationToken);
        Log.WindowIdsBuilt(logger, window.Id, set.Length);
        return set;
    }

    /// <summary>Stores the id set of <paramref name="window"/> unless one is stored.</summary>
    public Task StoreAsync(WindowKey window, IReadOnlyList<UInt128> sortedDistinct, CancellationToken cancellationToken) =>
        BatchBlobs.UploadIfAbsentAsync(storage.Batch, BatchLayout.WindowIds(window.Id), IdCodec.WriteIdSet(sortedDistinct), cancellationToken);
}
