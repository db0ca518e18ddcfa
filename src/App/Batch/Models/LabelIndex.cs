using System.Globalization;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>
/// The features of scored payments, kept <see cref="BatchOptions.LabelHorizonDays"/> so a chargeback arriving in a
/// later window can label its payment: per window and per id-digest bucket, a sorted <see cref="ExampleCodec"/> blob
/// <c>labels/{bucket}/{window}.bin</c>. A chargeback's payment is looked up in its bucket's blobs, newest window
/// first; one listing per bucket finds them and deletes those past the horizon.
/// </summary>
/// <remarks>
/// Cost: one list call per bucket holding a wanted payment, and one read per (bucket, window) until every wanted
/// payment of the bucket is found, so a chargeback whose payment is outside the horizon costs a read per window in it.
/// </remarks>
public sealed class LabelIndex(BatchStorage storage)
{
    /// <summary>Buckets per window.</summary>
    public const int Buckets = 64;

    /// <summary>
    /// Stores one bucket of the label index of <paramref name="windowId"/>: <paramref name="payments"/> sorted by digest,
    /// without repeats (a blob that exists is kept, so a rerun writes nothing).
    /// </summary>
    /// <exception cref="ArgumentException">The payments are not sorted and distinct by digest, or one is in another bucket.</exception>
    public Task WriteBucketAsync(string windowId, int bucket, IReadOnlyList<LabelledPayment> payments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payments);
        return WriteBucketAsync(windowId, bucket, ExampleCodec.Write(payments), nameof(payments), cancellationToken);
    }

    /// <summary>
    /// Stores one bucket of the label index of <paramref name="windowId"/> already encoded: <paramref name="records"/>
    /// holds <see cref="ExampleCodec"/> records sorted by digest, without repeats, and is the blob's content (a blob
    /// that exists is kept, so a rerun writes nothing).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The records are not whole, not sorted and distinct by digest, or one is in another bucket.
    /// </exception>
    public Task WriteBucketAsync(string windowId, int bucket, byte[] records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteBucketAsync(windowId, bucket, records, nameof(records), cancellationToken);
    }

    /// <summary>The payments among <paramref name="wanted"/> found in windows before <paramref name="window"/>, within <paramref name="horizon"/>.</summary>
    public async Task<IReadOnlyDictionary<UInt128, LabelledPayment>> FindAsync(
        IReadOnlyCollection<UInt128> wanted, WindowKey window, TimeSpan horizon, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var found = new Dictionary<UInt128, LabelledPayment>();
        string oldest = (window.Start - horizon).UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        foreach (var bucket in wanted.GroupBy(BatchIds.LabelBucket).OrderBy(g => g.Key))
        {
            var missing = bucket.ToHashSet();
            foreach (string windowId in await ListWindowsAsync(bucket.Key, oldest, window.Id, cancellationToken))
            {
                var blob = await storage.Batch.GetBlobClient(BatchLayout.Labels(bucket.Key, windowId)).DownloadIfExistsAsync(cancellationToken: cancellationToken);
                if (blob is null)
                {
                    continue;
                }

                var entries = ExampleCodec.Read(blob.Content.ToMemory().Span);
                UInt128[] keys = [.. entries.Select(e => e.Digest)];
                foreach (var digest in missing.Order().ToList())
                {
                    int at = Array.BinarySearch(keys, digest);
                    if (at >= 0)
                    {
                        found[digest] = entries[at];
                        missing.Remove(digest);
                    }
                }

                if (missing.Count == 0)
                {
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Checks <paramref name="records"/> (see <see cref="IsBucket"/>; an <see cref="ArgumentException"/> names
    /// <paramref name="parameter"/>, the caller's parameter they came from) and stores them unless empty.
    /// </summary>
    private async Task WriteBucketAsync(string windowId, int bucket, byte[] records, string parameter, CancellationToken cancellationToken)
    {
        if (!IsBucket(records, bucket))
        {
            throw new ArgumentException($"Label bucket {bucket} must hold its own payments, sorted and distinct by digest.", parameter);
        }

        if (records.Length > 0)
        {
            await BatchBlobs.UploadIfAbsentAsync(storage.Batch, BatchLayout.Labels(bucket, windowId), records, cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="records"/> are whole records of <paramref name="bucket"/>, sorted and distinct by digest (their digests only are read).</summary>
    private static bool IsBucket(ReadOnlySpan<byte> records, int bucket)
    {
        if (records.Length % ExampleCodec.RecordBytes != 0)
        {
            return false;
        }

        UInt128 previous = default;
        for (int i = 0, count = records.Length / ExampleCodec.RecordBytes; i < count; i++)
        {
            var digest = ExampleCodec.DigestAt(records, i);
            if (BatchIds.LabelBucket(digest) != bucket || (i > 0 && previous >= digest))
            {
                return false;
            }

            previous = digest;
        }

        return true;
    }

    /// <summary>The windows with a blob in <paramref name="bucket"/> in [<paramref name="oldest"/>, <paramref name="before"/>), newest first; older blobs are deleted.</summary>
    private async Task<List<string>> ListWindowsAsync(int bucket, string oldest, string before, CancellationToken cancellationToken)
    {
        var windows = new List<string>();
        await foreach (var blob in storage.Batch.GetBlobsAsync(BlobTraits.None, BlobStates.None, BatchLayout.LabelsPrefix(bucket), cancellationToken: cancellationToken))
        {
            string windowId = Path.GetFileNameWithoutExtension(blob.Name);
            if (string.CompareOrdinal(windowId, oldest) < 0)
            {
                await storage.Batch.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken); // past the horizon
            }
            else if (string.CompareOrdinal(windowId, before) < 0)
            {
                windows.Add(windowId);
            }
        }

        return [.. windows.OrderDescending(StringComparer.Ordinal)];
    }
}
