using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Configuration;

/// <summary>Limits of the ingest path (settings under <c>Tidewater:</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>The most <see cref="MaxItemsPerRequest"/> may be set to (and its default).</summary>
    public const int MaxItemsLimit = 1000;

    /// <summary>Most events in one request or queue message. The default is 1,000.</summary>
    [Range(1, MaxItemsLimit)]
    public int MaxItemsPerRequest { get; set; } = MaxItemsLimit;

    /// <summary>Largest request body in bytes. The default is 16 MiB.</summary>
    [Range(16_384, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Oldest <c>occurredAt</c> accepted, in days before now. The default is 7.</summary>
    [Range(1, 365)]
    public int MaxEventAgeDays { get; set; } = 7;

    /// <summary>
    /// Most event ids remembered for duplicate detection across the current and previous window. Past it, new ids
    /// are not remembered (duplicates are then left to the batch). The default is 2,000,000.
    /// </summary>
    [Range(0, 100_000_000)]
    public int DedupeCapacity { get; set; } = 2_000_000;
}
