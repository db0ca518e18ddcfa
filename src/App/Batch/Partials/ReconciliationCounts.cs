namespace Tidewater.App.Batch;

/// <summary>Batch decisions compared with real-time ones.</summary>
/// <param name="Compared">Events compared.</param>
/// <param name="Differing">Events whose decisions differ.</param>
/// <param name="Examples">The first differing events, in record order (at most <see cref="BatchOptions.ReconciliationExamples"/>).</param>
public sealed record ReconciliationCounts(long Compared, long Differing, IReadOnlyList<ReconciliationExample> Examples)
{
    /// <summary>Nothing compared.</summary>
    public static ReconciliationCounts Zero { get; } = new(0, 0, []);

    /// <summary>Differing / compared; 0 when nothing was compared.</summary>
    public double Rate => Compared == 0 ? 0 : (double)Differing / Compared;

    /// <summary>Both, this one first, keeping at most <paramref name="maxExamples"/> examples.</summary>
    public ReconciliationCounts Plus(ReconciliationCounts other, int maxExamples)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Compared + other.Compared, Differing + other.Differing, [.. Examples.Concat(other.Examples).Take(maxExamples)]);
    }
}
