namespace Tidewater.App.Batch;

/// <summary>Scores in <see cref="Bins"/> equal bins over [0, 1]; the last bin includes 1.</summary>
public static class ScoreHistogram
{
    /// <summary>The number of bins.</summary>
    public const int Bins = 20;

    /// <summary>The bin of <paramref name="score"/>.</summary>
    public static int BinOf(double score) => Math.Clamp((int)Math.Floor(score * Bins), 0, Bins - 1);

    /// <summary>The element-wise sum; an empty list counts as zeros.</summary>
    public static IReadOnlyList<long> Merge(IReadOnlyList<long> a, IReadOnlyList<long> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == 0 ? b : a;
        }

        return [.. a.Zip(b, (x, y) => x + y)];
    }
}
