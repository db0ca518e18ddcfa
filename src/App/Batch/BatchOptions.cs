using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Batch;

/// <summary>Settings of the batch path (under <c>Tidewater:</c>), validated at start-up.</summary>
/// <remarks>
/// Orchestrators cannot read options (they get no services): <see cref="PlanBatchActivity"/> copies the ones the
/// orchestrator needs into <see cref="BatchSettings"/>, recorded in history, so a replayed orchestration sees the
/// values it started with.
/// </remarks>
public sealed class BatchOptions
{
    /// <summary>Blob container of plans, chunk outputs, id sets, the label index and reports. The default is <c>tw-batch</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string BatchContainer { get; set; } = "tw-batch";

    /// <summary>Most bytes of a segment one chunk covers. The default is 8 MiB.</summary>
    [Range(4096, 268_435_456)]
    public long ChunkMaxBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Most records one chunk covers, where the segment's record count is known. The default is 20,000.</summary>
    [Range(1, 1_000_000)]
    public int ChunkMaxItems { get; set; } = 20_000;

    /// <summary>Chunks per <c>ProcessChunkGroup</c> sub-orchestration (bounds each history). The default is 100.</summary>
    [Range(1, 1000)]
    public int ChunkGroupSize { get; set; } = 100;

    /// <summary>Most chunk activities in flight at once (groups run one after another). The default is 16.</summary>
    [Range(1, 1000)]
    public int MaxChunksInFlight { get; set; } = 16;

    /// <summary>Percentage of chunks that may fail (after retries) without failing the batch. The default is 0.</summary>
    [Range(0.0, 100.0)]
    public double ToleratedFailurePercent { get; set; }

    /// <summary>Fewest labelled payments (training part) before the weights are refitted. The default is 50.</summary>
    [Range(1, 10_000_000)]
    public int MinLabels { get; set; } = 50;

    /// <summary>How long scored payments' features are kept to join chargebacks that arrive later, in days. The default is 30.</summary>
    [Range(1, 365)]
    public int LabelHorizonDays { get; set; } = 30;

    /// <summary>Most examples one refit trains on; beyond it negatives are sampled (and weighted). The default is 200,000.</summary>
    [Range(1000, 10_000_000)]
    public int MaxTrainingExamples { get; set; } = 200_000;

    /// <summary>Most reconciliation examples (batch decision differs from the real-time one) in a report. The default is 20.</summary>
    [Range(0, 1000)]
    public int ReconciliationExamples { get; set; } = 20;

    /// <summary>How many of the riskiest accounts a report lists. The default is 20.</summary>
    [Range(1, 1000)]
    public int TopRiskyAccounts { get; set; } = 20;
}
