namespace Tidewater.App.Batch;

/// <summary>A chunk that failed after its retries: isolated, listed in the report, and left out of later passes.</summary>
/// <param name="Index">The chunk.</param>
/// <param name="Pass">The pass it failed in.</param>
/// <param name="Reason">The failure's type and message (shortened).</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record ChunkFailure(int Index, BatchPass Pass, string Reason);
