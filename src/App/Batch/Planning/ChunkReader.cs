using Tidewater.Storage;

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
    /// <summary>Bytes read past the range to finish its last line.</summary>
    public const int Slack = 64 * 1024;

    /// <summary>The owned lines, each ending in '\n', as one buffer.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(BlobClientBase segment, BatchChunk chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(chunk);
        long from = Math.Max(0, chunk.Start - 1);
        long to = Math.Min(chunk.SegmentLength, chunk.End + Slack);
        var data = (await segment.DownloadRangeAsync(from, to - from, cancellationToken: cancellationToken)).Content.ToMemory();

        int first = 0;
        if (chunk.Start > 0)
        {
            int newline = data.Span.IndexOf((byte)'\n');
            if (newline < 0 || newline + 1 >= chunk.End - from)
            {
                return ReadOnlyMemory<byte>.Empty; // no line starts inside this chunk
            }

            first = newline + 1;
        }

        int ownedEnd = (int)(chunk.End - from); // lines starting before this offset are ours
        while (true)
        {
            int lastNewline = LastLineEnd(data.Span, ownedEnd);
            if (lastNewline >= 0)
            {
                return data[first..(lastNewline + 1)];
            }

            if (from + data.Length >= chunk.SegmentLength)
            {
                return data[first..]; // the segment ends without a newline: nothing more to complete
            }

            // A line longer than the slack: fetch more and try again.
            var more = (await segment.DownloadRangeAsync(from + data.Length, Math.Min(Slack, chunk.SegmentLength - from - data.Length), cancellationToken: cancellationToken)).Content.ToMemory();
            var joined = new byte[data.Length + more.Length];
            data.CopyTo(joined);
            more.CopyTo(joined.AsMemory(data.Length));
            data = joined;
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
