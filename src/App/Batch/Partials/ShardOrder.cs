using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Account ids grouped by baseline shard (<see cref="BaselineShard.IndexOf"/>) with a counting sort that keeps their
/// order within a shard: shard <c>s</c> holds <c>ids[Order[i]]</c> for <c>i</c> in <c>Starts[s]..Starts[s + 1]</c>.
/// </summary>
/// <param name="Order">Positions in the ids, shard by shard.</param>
/// <param name="Starts">Where each shard starts in <paramref name="Order"/>; one more entry than shards.</param>
internal sealed record ShardOrder(int[] Order, int[] Starts)
{
    /// <summary>Groups <paramref name="accountIds"/> into <paramref name="shardCount"/> shards.</summary>
    public static ShardOrder Of(IReadOnlyList<string> accountIds, int shardCount)
    {
        var shardOf = new int[accountIds.Count];
        var starts = new int[shardCount + 1];
        for (int i = 0; i < accountIds.Count; i++)
        {
            shardOf[i] = BaselineShard.IndexOf(accountIds[i], shardCount);
            starts[shardOf[i] + 1]++;
        }

        for (int shard = 0; shard < shardCount; shard++)
        {
            starts[shard + 1] += starts[shard];
        }

        var order = new int[accountIds.Count];
        var next = starts[..^1];
        for (int i = 0; i < accountIds.Count; i++)
        {
            order[next[shardOf[i]]++] = i;
        }

        return new ShardOrder(order, starts);
    }

    /// <summary>The positions of shard <paramref name="shard"/>'s ids.</summary>
    public ReadOnlySpan<int> Of(int shard) => Order.AsSpan(Starts[shard], Starts[shard + 1] - Starts[shard]);
}
