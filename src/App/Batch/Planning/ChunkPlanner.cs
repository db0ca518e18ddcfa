namespace Tidewater.App.Batch;

/// <summary>
/// Cuts a sealed window's segments into chunks of at most <c>maxBytes</c> bytes and (where the item count is known)
/// <c>maxItems</c> records, as Step Functions' ItemBatcher does, so a million-event window is a few hundred
/// activities rather than a million.
/// </summary>
/// <remarks>
/// Deterministic: segments in ordinal name order, each split into equal byte ranges. A range boundary may fall
/// inside a line; <see cref="ChunkReader"/> gives each line to the chunk its first byte lies in.
/// </remarks>
public static class ChunkPlanner
{
    /// <summary>Plans the chunks of <paramref name="segments"/>.</summary>
    public static IReadOnlyList<BatchChunk> Plan(IEnumerable<SegmentInfo> segments, long maxBytes, long maxItems)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        var chunks = new List<BatchChunk>();
        foreach (var segment in segments.Where(s => s.Length > 0).OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            long parts = Math.Max(CeilingDivide(segment.Length, maxBytes), segment.Items is { } items ? CeilingDivide(items, maxItems) : 1);
            parts = Math.Min(parts, segment.Length);
            for (long part = 0; part < parts; part++)
            {
                long start = segment.Length * part / parts;
                long end = segment.Length * (part + 1) / parts;
                chunks.Add(new BatchChunk(chunks.Count, segment.Name, start, end, segment.Length));
            }
        }

        return chunks;
    }

    private static long CeilingDivide(long value, long divisor) => (value + divisor - 1) / divisor;
}
