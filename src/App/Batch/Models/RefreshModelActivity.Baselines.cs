using System.Runtime.InteropServices;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class RefreshModelActivity
{
    /// <summary>How many shards are merged at once (and chunks read at once): reads, merges and writes overlap.</summary>
    private const int ShardConcurrency = 4;

    /// <summary>Window accounts a run of shards aims to hold (it reads the run's sections of every chunk together).</summary>
    private const long ShardRunAccounts = 131_072;

    /// <summary>
    /// Writes the new version's baseline shards, a <see cref="ShardRun"/> at a time: the run's sections of every
    /// chunk's accounts sidecar are read with one ranged read per chunk (sections are in shard order, back to back),
    /// then the run's shards are written <see cref="ShardConcurrency"/> at a time, each the base model's shard merged
    /// with the window's accounts of that shard (merged in chunk order). A shard the window does not touch is copied,
    /// because the real-time path reads only <c>versions/{version}/baselines/{shard}</c> of the version it uses. Shards
    /// are independent, so none depends on which finishes first, and the accounts total is a sum. Memory is bounded by
    /// the run's bytes (about <see cref="ShardRunAccounts"/> window accounts, or one shard's when it holds more) and by
    /// <see cref="ShardConcurrency"/> shards' window, base and merged baselines.
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

        var merged = new long[shardCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ShardConcurrency, CancellationToken = cancellationToken };
        foreach (var shards in ShardRun.Split(AccountsPerShard(sidecars, shardCount), ShardRunAccounts))
        {
            var slices = await ReadShardRunAsync(sidecars, shards, parallel);
            await Parallel.ForEachAsync(Enumerable.Range(shards.First, shards.Count), parallel, async (shard, token) =>
                merged[shard] = await WriteShardAsync(slices, baseModel, version, shard, token));
        }

        return merged.Sum();
    }

    /// <summary>The window's accounts of each shard, summed over the chunks' sections.</summary>
    /// <exception cref="InvalidDataException">A section names a shard outside the model's.</exception>
    private static long[] AccountsPerShard(IReadOnlyList<ChunkSidecars> sidecars, int shardCount)
    {
        var accounts = new long[shardCount];
        foreach (var range in sidecars.SelectMany(s => s.Shards))
        {
            if (range.Shard < 0 || range.Shard >= shardCount)
            {
                throw new InvalidDataException($"An accounts sidecar has a section of shard {range.Shard}, the model has {shardCount} shards.");
            }

            accounts[range.Shard] += range.Accounts;
        }

        return accounts;
    }

    /// <summary>
    /// Reads the run's sections of every chunk's accounts sidecar, one ranged read per chunk that has any, up to
    /// <see cref="ShardConcurrency"/> at once.
    /// </summary>
    /// <returns>Per chunk, in chunk order, its sections of the run (null when it has none).</returns>
    private async Task<RunSlice?[]> ReadShardRunAsync(IReadOnlyList<ChunkSidecars> sidecars, ShardRun shards, ParallelOptions parallel)
    {
        var slices = new RunSlice?[sidecars.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, sidecars.Count), parallel, async (chunk, token) =>
        {
            var sections = shards.SectionsOf(sidecars[chunk].Shards);
            if (sections.Count > 0)
            {
                var (offset, length) = ShardRun.Extent(sections);
                var content = (await BlobRangeReader.ReadAsync(storage.Batch.GetBlobClient(sidecars[chunk].AccountsBlob), offset, length, token)).ToMemory();
                slices[chunk] = content.Length == length ? new RunSlice(content, offset, sections)
                    : throw new InvalidDataException($"The accounts sidecar {sidecars[chunk].AccountsBlob} returned {content.Length} bytes at {offset}, not {length}.");
            }
        });
        return slices;
    }

    /// <summary>Writes one shard of the new version (see <see cref="WriteShardsAsync"/>).</summary>
    /// <returns>The window's accounts in the shard.</returns>
    private async Task<long> WriteShardAsync(IReadOnlyList<RunSlice?> slices, RiskModel baseModel, string version, int shard, CancellationToken cancellationToken)
    {
        var window = WindowAccounts(slices, shard);
        var baseShard = baseModel.IncludedWindows.Count == 0 ? null
            : await storage.Models.GetBlobClient(ModelLayout.ShardBlob(baseModel.Version, shard)).DownloadIfExistsAsync(cancellationToken: cancellationToken);
        var target = storage.Models.GetBlobClient(ModelLayout.ShardBlob(version, shard));
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

    /// <summary>The window's accounts of <paramref name="shard"/>: its section of each chunk decoded and merged in chunk order.</summary>
    private static Dictionary<string, AccountBaseline> WindowAccounts(IReadOnlyList<RunSlice?> slices, int shard)
    {
        int upTo = slices.Sum(s => s?.Section(shard) is { } range ? range.Accounts : 0);
        var window = new Dictionary<string, AccountBaseline>(upTo, StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            if (slice?.Section(shard) is not { } range)
            {
                continue;
            }

            foreach (var (accountId, baseline) in AccountSidecar.Read(slice.Bytes(range)))
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(window, accountId, out bool exists);
                slot = exists ? slot!.Merge(baseline) : baseline;
            }
        }

        return window;
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

    /// <summary>One chunk's sections of a <see cref="ShardRun"/>: <paramref name="content"/> was read at <paramref name="offset"/> of its sidecar.</summary>
    private sealed class RunSlice(ReadOnlyMemory<byte> content, long offset, IReadOnlyList<ShardRange> sections)
    {
        private readonly Dictionary<int, ShardRange> _sections = sections.ToDictionary(s => s.Shard);

        /// <summary>Where <paramref name="shard"/>'s accounts are in the sidecar, or null when the chunk has none.</summary>
        public ShardRange? Section(int shard) => _sections.GetValueOrDefault(shard);

        /// <summary>The bytes of <paramref name="section"/>, one of this slice's.</summary>
        public ReadOnlySpan<byte> Bytes(ShardRange section) => content.Span.Slice((int)(section.Offset - offset), (int)section.Length);
    }
}
