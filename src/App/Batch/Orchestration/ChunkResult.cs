namespace Tidewater.App.Batch;

/// <summary>A chunk activity's output: where its result is and how many records it read.</summary>
/// <param name="Index">The chunk.</param>
/// <param name="Records">Records (lines) the chunk owns.</param>
/// <param name="Blob">The output blob in the batch container.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record ChunkResult(int Index, long Records, string Blob);
