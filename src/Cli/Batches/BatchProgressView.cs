namespace Tidewater.Cli.Batches;

/// <summary>A running batch's custom status: the phase and the current pass's chunks and items done of total.</summary>
public sealed record BatchProgressView(string? Phase, int ChunksDone, int ChunksTotal, long ItemsDone, long ItemsTotal, int FailedChunks, string? ModelVersion);
