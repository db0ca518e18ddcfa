namespace Tidewater.App.Batch;

/// <summary>The options the orchestrator needs, read once by <see cref="PlanBatchActivity"/> and replayed from history.</summary>
/// <param name="ChunkGroupSize">Chunks per group sub-orchestration (<see cref="BatchOptions.ChunkGroupSize"/>).</param>
/// <param name="MaxChunksInFlight">Most chunk activities in flight (<see cref="BatchOptions.MaxChunksInFlight"/>).</param>
/// <param name="ToleratedFailurePercent">Chunks that may fail, in percent (<see cref="BatchOptions.ToleratedFailurePercent"/>).</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record BatchSettings(int ChunkGroupSize, int MaxChunksInFlight, double ToleratedFailurePercent);
