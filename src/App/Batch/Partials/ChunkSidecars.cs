namespace Tidewater.App.Batch;

/// <summary>The stats pass's per-chunk blobs that stay out of merged partials: account statistics and payment examples.</summary>
/// <param name="AccountsBlob">One <c>BaselineShardJson</c> line per non-empty shard, in shard order.</param>
/// <param name="ShardCount">The shard count the accounts were split by (the starting model's).</param>
/// <param name="Shards">Where each non-empty shard's line is.</param>
/// <param name="ExamplesBlob">The payments' id digests and features (<see cref="ExampleCodec"/>), in record order.</param>
/// <param name="Examples">Payments in it.</param>
public sealed record ChunkSidecars(string AccountsBlob, int ShardCount, IReadOnlyList<ShardRange> Shards, string ExamplesBlob, int Examples);
