namespace Tidewater.Domain.Scoring;

/// <summary>The stored JSON shape of <see cref="ModelWeights"/>: feature weights keyed by feature name.</summary>
/// <remarks>Keyed by name rather than positional so that a stored model says what each number means.</remarks>
internal sealed class WeightsDocument
{
    public required double Bias { get; init; }

    public required Dictionary<string, double> Features { get; init; }
}
