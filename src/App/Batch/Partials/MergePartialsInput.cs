namespace Tidewater.App.Batch;

/// <summary>The input of <see cref="MergePartialsActivity"/>.</summary>
/// <param name="Work">The pass whose chunk partials are merged.</param>
/// <param name="Chunks">The completed chunks, in any order: the merge always runs in chunk order.</param>
/// <remarks>WARNING: orchestration input shape; add fields, never rename.</remarks>
public sealed record MergePartialsInput(ChunkWork Work, IReadOnlyList<int> Chunks);
