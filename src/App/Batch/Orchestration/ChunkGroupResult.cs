namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="ChunkGroupOrchestrator"/>: every chunk of the group, completed or failed, in plan order.</summary>
/// <param name="Completed">Chunks that completed.</param>
/// <param name="Failed">Chunks that failed after their retries.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record ChunkGroupResult(IReadOnlyList<ChunkResult> Completed, IReadOnlyList<ChunkFailure> Failed);
