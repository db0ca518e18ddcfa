namespace Tidewater.App.Batch;

/// <summary>The passes of a batch over its chunks, in the order they run.</summary>
/// <remarks>WARNING: orchestration input; the JSON names (<c>index</c>, <c>stats</c>, <c>score</c>) are also blob-name parts.</remarks>
public enum BatchPass
{
    /// <summary>A cheap scan of each chunk's event ids (<see cref="IndexChunkActivity"/>).</summary>
    Index,

    /// <summary>Counts, account statistics, labelled examples and latency with the model the batch started with.</summary>
    Stats,

    /// <summary>Re-scoring with the refreshed model: decisions, score histogram, reconciliation, riskiest accounts.</summary>
    Score,
}
