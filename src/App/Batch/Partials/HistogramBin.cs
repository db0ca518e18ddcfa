namespace Tidewater.App.Batch;

/// <summary>One bin of a histogram of whole numbers: the values in [<paramref name="From"/>, <paramref name="To"/>].</summary>
/// <param name="From">Smallest value of the bin.</param>
/// <param name="To">Largest value of the bin.</param>
/// <param name="Count">Values in the bin.</param>
public sealed record HistogramBin(long From, long To, long Count);
