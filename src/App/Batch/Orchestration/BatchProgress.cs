namespace Tidewater.App.Batch;

/// <summary>A batch's custom status while it runs, updated as groups of chunks finish.</summary>
/// <param name="Phase">One of <see cref="BatchPhases"/>.</param>
/// <param name="ChunksDone">Chunks of the current pass finished (completed or failed).</param>
/// <param name="ChunksTotal">Chunks of the current pass.</param>
/// <param name="ItemsDone">Records of the current pass's finished chunks.</param>
/// <param name="ItemsTotal">Records in the window.</param>
/// <param name="FailedChunks">Chunks failed so far, all passes.</param>
/// <param name="ModelVersion">The model the plan resolved (null while planning); a redrive pins it to be the same batch.</param>
/// <remarks>WARNING: operators and tools read this JSON; add fields, never rename.</remarks>
public sealed record BatchProgress(string Phase, int ChunksDone, int ChunksTotal, long ItemsDone, long ItemsTotal, int FailedChunks = 0, string? ModelVersion = null);
