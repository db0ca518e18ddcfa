namespace Tidewater.App.Batch;

/// <summary>The stored plan (<see cref="BatchLayout.Plan"/>): the window's segments with their hashes, and the chunks.</summary>
/// <param name="WindowId">The window.</param>
/// <param name="WindowMinutes">Its length.</param>
/// <param name="Segments">Segments in ordinal name order, each with its record count and SHA-256.</param>
/// <param name="Chunks">Chunks in plan order (<see cref="ChunkPlanner"/>).</param>
/// <remarks>WARNING: stored and hashed into the plan id; add fields, never rename.</remarks>
public sealed record BatchPlanDocument(string WindowId, int WindowMinutes, IReadOnlyList<SegmentInfo> Segments, IReadOnlyList<BatchChunk> Chunks);
