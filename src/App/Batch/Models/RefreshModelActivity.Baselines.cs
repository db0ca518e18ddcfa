using System.Runtime.InteropServices;
using Tidewater.App.Scoring;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class RefreshModelActivity
{
    /// <summary>How many shards are merged at once: reads, merges and writes of different shards overlap.</summary>
    private const int ShardConcurrency = 4;

    /// <summary>
    /// Writes the new version's baseline shards, <see cref="ShardConcurrency"/> at a time: each shard of the base model
    /// merged with the window's accounts of that shard (read from every chunk's accounts sidecar with one ranged read,
    /// merged in chunk order). A shard the window does not touch is copied, because the real-time path reads only
    /// <c>versions/{version}/baselines/{shard}</c> of the version it uses. Shards are independent, so none depends on
    /// which finishes first, and the accounts total is a sum. At most <see cref="ShardConcurrency"/> shards (each its
    /// window accounts, base and merged baselines) are in memory at once.
    /// </summary>
    /// <returns>The window's accounts merged.</returns>
    private async Task<long> WriteShardsAsync(RefreshRun run, RiskModel baseModel, string version, CancellationToken cancellationToken)
    {
        var sidecars = await SidecarsAsync(run, cancellationToken);
        int shardCount = baseModel.BaselineShardCount;
        if (sidecars.FirstOrDefault(s => s.ShardCount != shardCount) is { } other)
        {
            throw new NotSupportedException($"The window's accounts were split into {other.ShardCount} shards, the base model has {shardCount}.");
        }

        var ranges = sidecars.Select(s => s.Shards.ToDictionary(r => r.Shard)).ToList();
        var accounts = new long[shardCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ShardConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, shardCount), parallel, async (shard, token) =>
            accounts[shard] = await WriteShardAsync(sidecars, ranges, baseModel, version, shard, token));
        return accounts.Sum();
    }

    /// <summary>Writes one shard of the new version (see <see cref="WriteShardsAsync"/>).</summary>
    /// <returns>The window's accounts in the shard.</returns>
    private async Task<long> WriteShardAsync(IReadOnlyList<ChunkSidecars> sidecars, IReadOnlyList<Dictionary<int, ShardRange>> ranges,
        RiskModel baseModel, string version, int shard, CancellationToken cancellationToken)
    {
        int upTo = ranges.Sum(r => r.TryGetValue(shard, out var range) ? range.Accounts : 0);
        var window = new Dictionary<string, AccountBaseline>(upTo, StringComparer.Ordinal);
        for (int chunk = 0; chunk < sidecars.Count; chunk++)
        {
            if (ranges[chunk].TryGetValue(shard, out var range))
            {
                var slice = await storage.Batch.GetBlockBlobClient(sidecars[chunk].AccountsBlob)
                    .DownloadRangeAsync(range.Offset, range.Length, cancellationToken: cancellationToken);
                foreach (var (accountId, baseline) in AccountSidecar.Read(slice.Content.ToMemory().Span))
                {
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(window, accountId, out bool exists);
                    slot = exists ? slot!.Merge(baseline) : baseline;
                }
            }
        }

        var baseShard = baseModel.IncludedWindows.Count == 0 ? null
            : await storage.Models.GetBlockBlobClient(ModelLayout.ShardBlob(baseModel.Version, shard)).DownloadIfExistsAsync(cancellationToken: cancellationToken);
        var target = storage.Models.GetBlockBlobClient(ModelLayout.ShardBlob(version, shard));
        if (window.Count == 0)
        {
            if (baseShard is not null)
            {
                await target.UploadAsync(baseShard.Content, cancellationToken: cancellationToken);
            }

            return 0;
        }

        var merged = (baseShard is null ? BaselineShard.Empty : BaselineShardJson.Deserialize(baseShard.Content.ToMemory().Span)).Merge(new BaselineShard(window));
        await target.UploadAsync(new BinaryData(BaselineShardJson.SerializeToUtf8Bytes(merged)), cancellationToken: cancellationToken);
        return window.Count;
    }

    /// <summary>The stats chunks' sidecars, in chunk order (read once per run).</summary>
    private async Task<IReadOnlyList<ChunkSidecars>> SidecarsAsync(RefreshRun run, CancellationToken cancellationToken)
    {
        if (run.Sidecars is null)
        {
            var sidecars = new List<ChunkSidecars>();
            foreach (int chunk in run.Input.Chunks.Distinct().Order())
            {
                var partial = await BatchBlobs.ReadAsync(storage.Batch, BatchLayout.ChunkPartial(run.Input.Stats, chunk), BatchJsonContext.Default.BatchPartial, cancellationToken);
                sidecars.Add(partial.Sidecars ?? throw new InvalidDataException($"Stats chunk {chunk} has no sidecars."));
            }

            run.Sidecars = sidecars;
        }

        return run.Sidecars;
    }
}
