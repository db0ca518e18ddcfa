using System.Buffers;
using Azure.Storage.Blobs.Specialized;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>Reads exactly the lines a <see cref="BatchChunk"/> owns: those whose first byte lies in its range.</summary>
/// <remarks>
/// Reads <c>[start - 1, end + slack)</c>: the byte before <c>start</c> tells whether <c>start</c> begins a line (else the
/// partial first line belongs to the previous chunk), and the slack completes the line that straddles <c>end</c>;
/// in the rare case a line is longer than the slack it reads on. Records are at most ~17 KB, so 64 KiB nearly
/// always suffices.
/// </remarks>
public static class ChunkReader
{
    /// <summary>
    /// The arrays chunk reads land in: a few of at most 32 MiB are kept for reuse (about one per chunk in flight), so
    /// chunk after chunk reuses them instead of allocating on the large object heap, without the shared pool keeping
    /// many large arrays alive.
    /// </summary>
    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(32 * 1024 * 1024, 4);

    /// <summary>Bytes read past the range to finish its last line.</summary>
    public const int Slack = 64 * 1024;

    /// <summary>The owned lines, each ending in '\n', as one buffer (rented: dispose the result when done with it).</summary>
    public static async Task<ChunkContent> ReadAsync(BlobBaseClient segment, BatchChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(chunk);
        long from = Math.Max(0, chunk.Start - 1);
        long to = Math.Min(chunk.SegmentLength, chunk.End + Slack);
        var download = await BlobRangeReader.ReadAsync(segment, from, to - from, Buffers, cancellationToken);
        try
        {
            var lines = await OwnedLinesAsync(segment, chunk, from, download.Content, cancellationToken);
            if (lines.Pooled)
            {
                return new ChunkContent(lines.Data, download);
            }

            download.Dispose();
            return new ChunkContent(lines.Data, null);
        }
        catch
        {
            download.Dispose();
            throw;
        }
    }

    /// <summary>The owned lines of <paramref name="data"/> (read from <paramref name="from"/>), reading on if the last one is cut.</summary>
    /// <returns>The lines, and whether they still lie in <paramref name="data"/> (else in a new array).</returns>
    private static async Task<(ReadOnlyMemory<byte> Data, bool Pooled)> OwnedLinesAsync(
        BlobBaseClient segment, BatchChunk chunk, long from, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        int first = 0;
        if (chunk.Start > 0)
        {
            int newline = data.Span.IndexOf((byte)'\n');
            if (newline < 0 || newline + 1 >= chunk.End - from)
            {
                return (ReadOnlyMemory<byte>.Empty, true); // no line starts inside this chunk
            }

            first = newline + 1;
        }

        int ownedEnd = (int)(chunk.End - from); // lines starting before this offset are ours
        bool pooled = true;
        while (true)
        {
            int lastNewline = LastLineEnd(data.Span, ownedEnd);
            if (lastNewline >= 0)
            {
                return (data[first..(lastNewline + 1)], pooled);
            }

            if (from + data.Length >= chunk.SegmentLength)
            {
                return (data[first..], pooled); // the segment ends without a newline: nothing more to complete
            }

            // A line longer than the slack: fetch more and try again.
            var more = (await BlobRangeReader.ReadAsync(segment, from + data.Length, Math.Min(Slack, chunk.SegmentLength - from - data.Length), cancellationToken)).ToMemory();
            var joined = new byte[data.Length + more.Length];
            data.CopyTo(joined);
            more.CopyTo(joined.AsMemory(data.Length));
            data = joined;
            pooled = false;
        }
    }

    /// <summary>The newline ending the line that contains byte <paramref name="ownedEnd"/> - 1, or -1 if not in <paramref name="data"/>.</summary>
    private static int LastLineEnd(ReadOnlySpan<byte> data, int ownedEnd)
    {
        if (ownedEnd <= 0)
        {
            return -1;
        }

        int at = data[(ownedEnd - 1)..].IndexOf((byte)'\n');
        return at < 0 ? -1 : ownedEnd - 1 + at;
    }
}
