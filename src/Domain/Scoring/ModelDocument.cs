namespace Tidewater.Domain.Scoring;

/// <summary>The stored JSON shape of a <see cref="RiskModel"/>, schema version 1.</summary>
/// <remarks>WARNING: this is a stored format; change it only together with <see cref="RiskModelJson.SchemaVersion"/>.</remarks>
internal sealed class ModelDocument
{
    public required int SchemaVersion { get; init; }

    public required string Version { get; init; }

    public required WeightsDocument Weights { get; init; }

    public required List<string> HighRiskMerchantCategories { get; init; }

    public required AccountBaselineDocument Population { get; init; }

    public required int BaselineShardCount { get; init; }

    public required List<string> IncludedWindows { get; init; }
}
