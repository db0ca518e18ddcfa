using System.Numerics;

namespace Tidewater.App.Batch;

/// <summary>
/// A mergeable histogram of microsecond latencies: exact below 16, then 8 bins per doubling (about 12% wide), so a
/// percentile read from it is within one bin of the exact value. Integer arithmetic only, so every platform bins alike.
/// </summary>
public static class LatencyHistogram
{
    private const int Exact = 16;
    private const int PerDoubling = 8;

    /// <summary>The bin index of <paramref name="micros"/> (negative values count as 0).</summary>
    public static int BinOf(long micros)
    {
        if (micros < Exact)
        {
            return (int)Math.Max(0, micros);
        }

        int exponent = 63 - BitOperations.LeadingZeroCount((ulong)micros); // >= 4
        int sub = (int)((micros >> (exponent - 3)) & (PerDoubling - 1));
        return Exact + ((exponent - 4) * PerDoubling) + sub;
    }

    /// <summary>The values of bin <paramref name="bin"/>: [from, to].</summary>
    public static (long From, long To) Bounds(int bin)
    {
        if (bin < Exact)
        {
            return (bin, bin);
        }

        int exponent = 4 + ((bin - Exact) / PerDoubling);
        int sub = (bin - Exact) % PerDoubling;
        long width = 1L << (exponent - 3);
        long from = (PerDoubling + sub) * width;
        return (from, from + width - 1);
    }

    /// <summary>The sparse histogram of the counts per bin, in bin order.</summary>
    public static IReadOnlyList<HistogramBin> FromCounts(IReadOnlyDictionary<int, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [.. counts.OrderBy(c => c.Key).Select(c =>
        {
            var (from, to) = Bounds(c.Key);
            return new HistogramBin(from, to, c.Value);
        })];
    }

    /// <summary>The sum of two histograms, in bin order.</summary>
    public static IReadOnlyList<HistogramBin> Merge(IReadOnlyList<HistogramBin> a, IReadOnlyList<HistogramBin> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return [.. a.Concat(b).GroupBy(bin => (bin.From, bin.To)).OrderBy(g => g.Key.From).Select(g => new HistogramBin(g.Key.From, g.Key.To, g.Sum(bin => bin.Count)))];
    }

    /// <summary>The upper bound of the bin holding the <paramref name="percent"/>-th percentile (nearest rank); 0 when empty.</summary>
    public static long Percentile(IReadOnlyList<HistogramBin> histogram, double percent)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        long total = histogram.Sum(bin => bin.Count);
        if (total == 0)
        {
            return 0;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(percent / 100 * total));
        long seen = 0;
        foreach (var bin in histogram)
        {
            seen += bin.Count;
            if (seen >= rank)
            {
                return bin.To;
            }
        }

        return histogram[^1].To;
    }
}
