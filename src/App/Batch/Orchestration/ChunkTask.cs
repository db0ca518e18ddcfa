namespace Tidewater.App.Batch;

/// <summary>The input of a chunk activity (<see cref="IndexChunkActivity"/>, <see cref="ProcessChunkActivity"/>).</summary>
/// <param name="Work">What the pass's chunks share.</param>
/// <param name="Index">The chunk's index in the plan.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record ChunkTask(ChunkWork Work, int Index);
