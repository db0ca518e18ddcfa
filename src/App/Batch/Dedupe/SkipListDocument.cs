namespace Tidewater.App.Batch;

/// <summary>The stored skip list of a window (<see cref="BatchLayout.Skips"/>): per chunk, the ordinals not to count.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="PlanId">The plan whose chunk indices these are.</param>
/// <param name="PreviousWindowId">The window whose ids were also skipped.</param>
/// <param name="Chunks">Chunks with something to skip, in chunk order.</param>
/// <remarks>WARNING: stored, and hashed into the dedupe id; add fields, never rename.</remarks>
public sealed record SkipListDocument(string WindowId, string PlanId, string PreviousWindowId, IReadOnlyList<ChunkSkips> Chunks);
