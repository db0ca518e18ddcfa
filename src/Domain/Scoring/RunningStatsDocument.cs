namespace Tidewater.Domain.Scoring;

/// <summary>The stored JSON shape of <see cref="Statistics.RunningStats"/>: <c>count</c>, <c>mean</c>, <c>m2</c>.</summary>
internal sealed class RunningStatsDocument
{
    public required long Count { get; init; }

    public required double Mean { get; init; }

    public required double M2 { get; init; }
}
