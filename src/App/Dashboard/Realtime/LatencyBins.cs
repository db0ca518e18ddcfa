namespace Tidewater.App.Dashboard;

/// <summary>
/// Log-scale bins for call durations: eight per doubling from 10 µs (each about 9% wide) up to about 3 minutes, so a
/// percentile read from them is within one bin (+9%) of the exact value; shorter and longer durations land in the ends.
/// </summary>
internal static class LatencyBins
{
    /// <summary>Number of bins.</summary>
    public const int Count = 8 * 24;

    private const double FirstSeconds = 10e-6;

    /// <summary>The bin of <paramref name="seconds"/>.</summary>
    public static int Of(double seconds) =>
        seconds <= FirstSeconds ? 0 : Math.Min(Count - 1, (int)Math.Ceiling(8 * Math.Log2(seconds / FirstSeconds)));

    /// <summary>The largest duration in <paramref name="bin"/>, in milliseconds.</summary>
    public static double UpperMillis(int bin) => FirstSeconds * Math.Pow(2, bin / 8.0) * 1000;

    /// <summary>The <paramref name="percentile"/> (0-100) of the counts, as its bin's upper bound in ms; null when empty.</summary>
    public static double? Percentile(ReadOnlySpan<long> counts, double percentile)
    {
        long total = 0;
        foreach (long c in counts)
        {
            total += c;
        }

        if (total == 0)
        {
            return null;
        }

        long rank = Math.Max(1, (long)Math.Ceiling(total * percentile / 100));
        long seen = 0;
        for (int bin = 0; bin < counts.Length; bin++)
        {
            seen += counts[bin];
            if (seen >= rank)
            {
                return Math.Round(UpperMillis(bin), 3);
            }
        }

        return Math.Round(UpperMillis(counts.Length - 1), 3);
    }
}
