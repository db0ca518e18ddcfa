namespace Tidewater.App.Batch;

/// <summary>The stats pass's per-chunk blobs that stay out of merged partials: account statistics and payment examples.</summary>
/// <param name="AccountsBlob">The accounts of each non-empty shard (<see cref="AccountSidecar"/>), in shard order.</param>
/// <param name="ShardCount">The shard count the accounts were split by (the starting model's).</param>
/// <param name="Shards">Where each non-empty shard's accounts are.</param>
/// <param name="ExamplesBlob">
/// The payments' id digests and features (<see cref="ExampleCodec"/>), ordered by label-index bucket
/// (<see cref="BatchIds.LabelBucket"/>) and then by digest, so a run of buckets is one byte range.
/// </param>
/// <param name="Examples">Payments in it.</param>
/// <param name="ExampleBuckets">Examples per label-index bucket, <see cref="LabelIndex.Buckets"/> entries.</param>
public sealed record ChunkSidecars(string AccountsBlob, int ShardCount, IReadOnlyList<ShardRange> Shards, string ExamplesBlob, int Examples, IReadOnlyList<int> ExampleBuckets);
