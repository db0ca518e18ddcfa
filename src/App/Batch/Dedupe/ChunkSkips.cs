namespace Tidewater.App.Batch;

/// <summary>The records of one chunk that repeat an id counted elsewhere.</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Ordinals">Record ordinals in the chunk (0 = its first line), ascending.</param>
public sealed record ChunkSkips(int Chunk, IReadOnlyList<int> Ordinals);
