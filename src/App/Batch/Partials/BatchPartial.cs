namespace Tidewater.App.Batch;

/// <summary>
/// The mergeable result of one chunk of a pass, or of several merged in chunk order (<see cref="PartialMerger"/>).
/// The stats pass fills the counts, real-time decisions, latency, population and chargebacks; the score pass the
/// counts, batch decisions, score histogram, reconciliation and riskiest accounts.
/// </summary>
/// <remarks>
/// Stored as deterministic JSON (fixed property order, lists sorted or in record order), so equal partials are equal
/// bytes. Per-account statistics and payment examples are not merged here (a million accounts must not meet in one
/// document): a chunk names them in <see cref="Sidecars"/>, and the refresh reads them shard by shard.
/// WARNING: stored; add fields, never rename.
/// </remarks>
public sealed record BatchPartial
{
    /// <summary>Chunks merged into this partial (1 for a chunk's own).</summary>
    public int Chunks { get; init; }

    /// <summary>Records (lines) read.</summary>
    public long Records { get; init; }

    /// <summary>Records skipped as repeats of an id counted elsewhere (see <see cref="ResolveDuplicatesActivity"/>).</summary>
    public long Skipped { get; init; }

    /// <summary>Records that could not be read as schema-1 records.</summary>
    public long Malformed { get; init; }

    /// <summary>Events counted (each id once).</summary>
    public long Events { get; init; }

    /// <summary>Payments among <see cref="Events"/>.</summary>
    public long Payments { get; init; }

    /// <summary>Chargebacks among <see cref="Events"/>.</summary>
    public long Chargebacks { get; init; }

    /// <summary>Stored real-time decisions of the events (stats pass).</summary>
    public DecisionCounts RealtimeDecisions { get; init; } = DecisionCounts.Zero;

    /// <summary>Histogram of the stored real-time latencies in microseconds (<see cref="LatencyHistogram"/>; stats pass).</summary>
    public IReadOnlyList<HistogramBin> Latency { get; init; } = [];

    /// <summary>Sum of the stored real-time latencies in microseconds (stats pass).</summary>
    public long LatencyMicrosTotal { get; init; }

    /// <summary>The window's payments as one baseline: merged into the model's population (stats pass).</summary>
    public BaselineDocument? Population { get; init; }

    /// <summary>The chargebacks, in record order (stats pass).</summary>
    public IReadOnlyList<ChargebackRef> ChargebackRefs { get; init; } = [];

    /// <summary>Decisions of the batch's own scoring (score pass).</summary>
    public DecisionCounts BatchDecisions { get; init; } = DecisionCounts.Zero;

    /// <summary>Batch scores in <see cref="ScoreHistogram.Bins"/> bins of equal width over [0, 1] (score pass).</summary>
    public IReadOnlyList<long> ScoreHistogram { get; init; } = [];

    /// <summary>Batch decisions compared with the stored real-time ones (score pass).</summary>
    public ReconciliationCounts Reconciliation { get; init; } = ReconciliationCounts.Zero;

    /// <summary>Accounts with the highest batch score of a payment (score pass).</summary>
    public IReadOnlyList<RiskyAccount> TopRisky { get; init; } = [];

    /// <summary>Time spent in the CPU-bound part of the chunk activities (parse, features, scoring, aggregation), in microseconds.</summary>
    public long CpuMicros { get; init; }

    /// <summary>A stats chunk's account and example blobs; null in merged partials.</summary>
    public ChunkSidecars? Sidecars { get; init; }
}
