namespace Tidewater.App.Batch;

/// <summary>One bin of the score histogram: batch scores in [<paramref name="From"/>, <paramref name="To"/>).</summary>
/// <param name="From">Lower bound.</param>
/// <param name="To">Upper bound (the last bin includes 1).</param>
/// <param name="Count">Events in the bin.</param>
public sealed record ScoreBin(double From, double To, long Count);
