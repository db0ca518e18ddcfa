namespace Tidewater.Cli.Reporting;

/// <summary>Nearest-rank percentiles over exact samples.</summary>
public static class Percentiles
{
    /// <summary>
    /// The nearest-rank <paramref name="percentile"/> of ascending <paramref name="sorted"/>: the smallest sample
    /// such that at least <paramref name="percentile"/>% of the samples are less than or equal to it.
    /// </summary>
    /// <param name="sorted">Samples in ascending order; at least one.</param>
    /// <param name="percentile">In (0, 100].</param>
    public static long NearestRank(ReadOnlySpan<long> sorted, double percentile)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("At least one sample is needed.", nameof(sorted));
        }

        if (!(percentile > 0 && percentile <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "Must be in (0, 100].");
        }

        // ceil(p / 100 * n) computed on integers where possible, so p99 of 100 samples is exactly the 99th.
        var rank = (long)Math.Ceiling(Math.Round(percentile / 100 * sorted.Length, 9));
        return sorted[(int)Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    /// <summary>Sorts <paramref name="samples"/> in place and summarises them; null when there are none.</summary>
    public static LatencySummary? Summarize(Span<long> samples)
    {
        if (samples.IsEmpty)
        {
            return null;
        }

        samples.Sort();
        ReadOnlySpan<long> sorted = samples;
        return new LatencySummary(
            sorted.Length,
            NearestRank(sorted, 50),
            NearestRank(sorted, 90),
            NearestRank(sorted, 99),
            NearestRank(sorted, 99.9),
            sorted[^1]);
    }
}
