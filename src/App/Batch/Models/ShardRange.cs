namespace Tidewater.App.Batch;

/// <summary>Where one baseline shard's accounts are in a chunk's accounts sidecar (one line).</summary>
/// <param name="Shard">The shard index.</param>
/// <param name="Offset">The line's first byte.</param>
/// <param name="Length">The line's length, without its newline.</param>
/// <param name="Accounts">Accounts in it.</param>
public sealed record ShardRange(int Shard, long Offset, long Length, int Accounts);
