using System.Text.Json;
using Microsoft.Extensions.Logging;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>
/// Decides which records count, so every later statistic is exact: an id counts in the first window it appears in
/// (this one or the previous), and within the window at its first occurrence in chunk order, which is (segment name,
/// byte offset) order. Sorts the chunks' id lists together, checks each id against the previous window's id set,
/// writes the skip list (named by its hash) and, when every chunk was indexed, this window's id set.
/// </summary>
public sealed class ResolveDuplicatesActivity(BatchStorage storage, WindowIdSets idSets, ILogger<ResolveDuplicatesActivity> logger)
    : BatchActivity<ResolveDuplicatesInput, DuplicateResolution>
{
    /// <summary>The activity name.</summary>
    public const string Name = "ResolveDuplicates";

    /// <summary>Resolves the duplicates of the window of <paramref name="input"/>.</summary>
    public override async Task<DuplicateResolution> RunAsync(ResolveDuplicatesInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var window = BatchWindows.Parse(input.WindowId, input.WindowMinutes);
        var occurrences = new List<Occurrence>();
        foreach (int chunk in input.Chunks.Distinct().Order())
        {
            var blob = await storage.Batch.GetBlobClient(BatchLayout.IdIndex(window.Id, input.PlanId, chunk)).DownloadExactAsync(cancellationToken: cancellationToken);
            occurrences.AddRange(IdCodec.ReadChunkIndex(blob.Content.ToMemory().Span).Entries.Select(e => new Occurrence(e.Digest, chunk, e.Ordinal)));
        }

        var previous = window.Previous;
        var previousIds = await idSets.GetOrBuildAsync(previous, cancellationToken);
        var resolved = Resolve(occurrences, previousIds);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(
            new SkipListDocument(window.Id, input.PlanId, previous.Id, resolved.Skips), BatchJsonContext.Default.SkipListDocument);
        string dedupeId = BatchHashes.ShortId(bytes);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, BatchLayout.Skips(window.Id, input.PlanId, dedupeId), bytes, cancellationToken);
        if (input.Complete)
        {
            await idSets.StoreAsync(window, resolved.WindowIds, cancellationToken);
        }

        var result = new DuplicateResolution(dedupeId, resolved.Counted, resolved.InWindow, resolved.OfPrevious);
        Log.DuplicatesResolved(logger, window.Id, result.DistinctIds, result.DuplicatesInWindow, result.DuplicatesOfPreviousWindow);
        return result;
    }

    /// <summary>The skip list, this window's id set and the counts, from every occurrence and the previous window's ids.</summary>
    internal static Resolution Resolve(List<Occurrence> occurrences, UInt128[] previousIds)
    {
        occurrences.Sort();
        var skips = new SortedDictionary<int, List<int>>();
        var windowIds = new List<UInt128>();
        long counted = 0, inWindow = 0, ofPrevious = 0;
        for (int i = 0; i < occurrences.Count; i++)
        {
            var occurrence = occurrences[i];
            bool first = i == 0 || occurrences[i - 1].Digest != occurrence.Digest;
            if (first)
            {
                windowIds.Add(occurrence.Digest);
            }

            bool seenBefore = Array.BinarySearch(previousIds, occurrence.Digest) >= 0;
            if (first && !seenBefore)
            {
                counted++;
                continue;
            }

            if (seenBefore)
            {
                ofPrevious++;
            }
            else
            {
                inWindow++;
            }

            if (!skips.TryGetValue(occurrence.Chunk, out var ordinals))
            {
                skips[occurrence.Chunk] = ordinals = [];
            }

            ordinals.Add(occurrence.Ordinal);
        }

        return new Resolution(
            [.. skips.Select(s => new ChunkSkips(s.Key, [.. s.Value.Order()]))],
            windowIds,
            counted,
            inWindow,
            ofPrevious);
    }

    /// <summary>One record's id occurrence, ordered by id then position in the window.</summary>
    internal readonly record struct Occurrence(UInt128 Digest, int Chunk, int Ordinal) : IComparable<Occurrence>
    {
        public int CompareTo(Occurrence other) =>
            Digest != other.Digest ? Digest.CompareTo(other.Digest)
            : Chunk != other.Chunk ? Chunk.CompareTo(other.Chunk)
            : Ordinal.CompareTo(other.Ordinal);
    }

    internal sealed record Resolution(IReadOnlyList<ChunkSkips> Skips, IReadOnlyList<UInt128> WindowIds, long Counted, long InWindow, long OfPrevious);
}
