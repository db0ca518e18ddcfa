namespace Tidewater.Cli.Reporting;

/// <summary>Keeps one exact latency sample per request, by request index, without locks on the hot path.</summary>
/// <remarks>Storage grows in chunks of 65,536 samples as indices arrive; unrecorded slots are skipped.</remarks>
public sealed class LatencyRecorder
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly long[]?[] _chunks;

    /// <summary>Creates a recorder for request indices below <paramref name="capacity"/>.</summary>
    public LatencyRecorder(long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _chunks = new long[]?[(capacity >> ChunkBits) + 1];
    }

    /// <summary>Records the latency of request <paramref name="index"/> in microseconds (at least 0).</summary>
    public void Record(long index, long micros)
    {
        var chunk = Volatile.Read(ref _chunks[index >> ChunkBits]);
        if (chunk is null)
        {
            var fresh = new long[ChunkSize];
            Array.Fill(fresh, -1);
            chunk = Interlocked.CompareExchange(ref _chunks[index >> ChunkBits], fresh, null) ?? fresh;
        }

        Volatile.Write(ref chunk[index & (ChunkSize - 1)], Math.Max(0, micros));
    }

    /// <summary>Summarises every recorded sample; null when none was recorded.</summary>
    public LatencySummary? Summarize()
    {
        var samples = new List<long>();
        foreach (var chunk in _chunks)
        {
            if (chunk is null)
            {
                continue;
            }

            foreach (var value in chunk)
            {
                if (value >= 0)
                {
                    samples.Add(value);
                }
            }
        }

        return Percentiles.Summarize(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(samples));
    }
}
