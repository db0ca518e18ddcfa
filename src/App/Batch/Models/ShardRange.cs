namespace Tidewater.App.Batch;

/// <summary>Where one baseline shard's accounts are in a chunk's accounts sidecar (one section).</summary>
/// <param name="Shard">The shard index.</param>
/// <param name="Offset">The section's first byte.</param>
/// <param name="Length">The section's length.</param>
/// <param name="Accounts">Accounts in it.</param>
public sealed record ShardRange(int Shard, long Offset, long Length, int Accounts);
