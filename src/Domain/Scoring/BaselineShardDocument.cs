namespace Tidewater.Domain.Scoring;

/// <summary>The stored JSON shape of a <see cref="BaselineShard"/>, schema version 1.</summary>
/// <remarks>WARNING: this is a stored format; change it only together with <see cref="BaselineShardJson.SchemaVersion"/>.</remarks>
internal sealed class BaselineShardDocument
{
    public required int SchemaVersion { get; init; }

    public required Dictionary<string, AccountBaselineDocument> Accounts { get; init; }
}
