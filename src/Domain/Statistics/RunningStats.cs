namespace Tidewater.Domain.Statistics;

/// <summary>Count, mean and sum of squared deviations of a stream of values, mergeable across partitions.</summary>
/// <param name="Count">How many values were observed.</param>
/// <param name="Mean">Their arithmetic mean; 0 when <paramref name="Count"/> is 0.</param>
/// <param name="M2">The sum of squared deviations from the mean.</param>
/// <remarks>
/// <para>
/// <see cref="Add"/> is Welford's online update; <see cref="Merge"/> is the parallel formula of Chan, Golub and
/// LeVeque (1979). Both avoid the cancellation of the naive sum-of-squares method, so a merge of partition results
/// equals a sequential pass up to rounding (about 1e-12 relative), which is what lets the batch build baselines per
/// window and combine them later.
/// </para>
/// <para>
/// Deterministic: the same inputs in the same order give bit-identical results. Floating-point addition is not
/// associative, so a different merge order may differ in the last bits; callers that need identical output merge
/// in a fixed order (e.g. sorted by window).
/// </para>
/// </remarks>
public readonly record struct RunningStats(long Count, double Mean, double M2)
{
    /// <summary>Gets the statistics of no values.</summary>
    public static RunningStats Empty => default;

    /// <summary>Gets the population variance, <c>M2 / Count</c>; 0 when fewer than two values were observed.</summary>
    /// <remarks>
    /// Population, not sample, variance: a baseline describes the whole observed history of an account rather than
    /// estimating a wider population from it, and the population form is defined (0) for a single value.
    /// </remarks>
    public double Variance => Count > 1 ? M2 / Count : 0;

    /// <summary>Gets the population standard deviation, the square root of <see cref="Variance"/>.</summary>
    public double StdDev => Math.Sqrt(Variance);

    /// <summary>Creates the statistics of a sequence of values, added in order.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The statistics.</returns>
    public static RunningStats Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var stats = Empty;
        foreach (var value in values)
        {
            stats = stats.Add(value);
        }

        return stats;
    }

    /// <summary>Returns these statistics with one more value.</summary>
    /// <param name="value">The observed value.</param>
    /// <returns>The updated statistics.</returns>
    public RunningStats Add(double value)
    {
        var count = Count + 1;
        var delta = value - Mean;
        var mean = Mean + (delta / count);
        return new RunningStats(count, mean, M2 + (delta * (value - mean)));
    }

    /// <summary>Returns the statistics of the values of both this and <paramref name="other"/>.</summary>
    /// <param name="other">The statistics of another, disjoint set of values.</param>
    /// <returns>The combined statistics.</returns>
    public RunningStats Merge(RunningStats other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        double count = Count + other.Count;
        var delta = other.Mean - Mean;
        var mean = Mean + (delta * (other.Count / count));
        var m2 = M2 + other.M2 + (delta * delta * (Count * (other.Count / count)));
        return new RunningStats(Count + other.Count, mean, m2);
    }
}
