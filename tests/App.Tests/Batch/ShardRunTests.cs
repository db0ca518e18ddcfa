using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

public sealed class ShardRunTests
{
    [Fact]
    public void Split_FillsRunsUpToTheLimit_InShardOrder()
    {
        long[] accounts = [3, 4, 0, 2, 5, 1, 0, 0];

        var runs = ShardRun.Split(accounts, 7);

        Assert.Equal([new ShardRun(0, 3), new ShardRun(3, 5), new ShardRun(5, 8)], runs);
    }

    [Fact]
    public void Split_ShardOverTheLimit_IsARunByItself()
    {
        long[] accounts = [1, 20, 1, 1, 30];

        var runs = ShardRun.Split(accounts, 5);

        Assert.Equal([new ShardRun(0, 1), new ShardRun(1, 2), new ShardRun(2, 4), new ShardRun(4, 5)], runs);
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 100)]
    [InlineData(64, 1_000_000)]
    [InlineData(1, 10)]
    [InlineData(0, 10)]
    public void Split_AnyLimit_CoversEveryShardOnceWithinTheLimit(int shardCount, long maxAccounts)
    {
        var random = new Random(shardCount + (int)Math.Min(maxAccounts, 1000));
        long[] accounts = [.. Enumerable.Range(0, shardCount).Select(_ => (long)random.Next(0, 60))];

        var runs = ShardRun.Split(accounts, maxAccounts);

        Assert.Equal(Enumerable.Range(0, shardCount), runs.SelectMany(r => Enumerable.Range(r.First, r.Count)));
        Assert.All(runs, r => Assert.True(r.Count == 1 || accounts[r.First..r.End].Sum() <= maxAccounts, $"{r} holds too many"));
        Assert.All(runs.Zip(runs.Skip(1)), p => Assert.True(accounts[p.First.First..p.Second.First].Sum() + accounts[p.Second.First] > maxAccounts, $"{p.First} could take shard {p.Second.First}"));
    }

    [Fact]
    public void SectionsOfAndExtent_ARunOfASidecar_IsOneByteRangeFromTheFirstSectionToTheLastsEnd()
    {
        ShardRange[] sections = [new(0, 0, 10, 1), new(2, 10, 25, 3), new(3, 35, 5, 1), new(6, 40, 12, 2), new(7, 52, 8, 1)];

        var inRun = new ShardRun(1, 7).SectionsOf(sections);

        Assert.Equal([sections[1], sections[2], sections[3]], inRun);
        Assert.Equal((10L, 42L), ShardRun.Extent(inRun));
        Assert.Empty(new ShardRun(4, 6).SectionsOf(sections));
    }
}
