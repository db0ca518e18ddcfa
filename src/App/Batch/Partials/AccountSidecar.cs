using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// A chunk's per-account statistics as one <c>BaselineShardJson</c> line per non-empty baseline shard, in shard
/// order, with the byte range of each line: the refresh reads one shard of every chunk with ranged reads, so it
/// never holds more than one shard's accounts.
/// </summary>
internal static class AccountSidecar
{
    public static (byte[] Content, IReadOnlyList<ShardRange> Shards) Write(IReadOnlyDictionary<string, AccountBaseline> accounts, int shardCount)
    {
        var content = new MemoryStream();
        var ranges = new List<ShardRange>();
        var byShard = accounts.GroupBy(a => BaselineShard.IndexOf(a.Key, shardCount)).OrderBy(g => g.Key);
        foreach (var shard in byShard)
        {
            var line = BaselineShardJson.SerializeToUtf8Bytes(new BaselineShard(shard.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal)));
            ranges.Add(new ShardRange(shard.Key, content.Length, line.Length, shard.Count()));
            content.Write(line);
            content.WriteByte((byte)'\n');
        }

        return (content.ToArray(), ranges);
    }
}
