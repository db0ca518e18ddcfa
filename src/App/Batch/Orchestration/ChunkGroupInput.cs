namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="ChunkGroupOrchestrator"/>: one pass over a group of chunks.</summary>
/// <param name="Work">What the chunks share.</param>
/// <param name="Chunks">The chunk indices, in plan order.</param>
/// <param name="MaxInFlight">Most chunk activities in flight at once.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record ChunkGroupInput(ChunkWork Work, IReadOnlyList<int> Chunks, int MaxInFlight);
