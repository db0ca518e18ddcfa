using System.Text;
using System.Text.Json;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

public class BaselineShardTests
{
    [Theory]
    [InlineData("a", 64, 44)]
    [InlineData("foobar", 64, 40)]
    [InlineData("", 64, 5)]
    [InlineData("acct-1", 64, 28)]
    [InlineData("acct-42", 64, 3)]
    [InlineData("user:7f3a", 64, 53)]
    [InlineData("a", 1000, 220)]
    [InlineData("foobar", 1000, 720)]
    [InlineData("acct-1", 1, 0)]
    public void IndexOf_KnownIds_IsStableFnv1a(string accountId, int shardCount, int expected)
    {
        // Act & Assert
        Assert.Equal(expected, BaselineShard.IndexOf(accountId, shardCount));
    }

    [Fact]
    public void IndexOf_NonAsciiAndLongIds_HashesUtf8InRange()
    {
        // Arrange
        var longId = new string('x', 5000);

        // Act
        var nonAscii = BaselineShard.IndexOf("é", 1 << 30);
        var longIndex = BaselineShard.IndexOf(longId, 64);

        // Assert
        Assert.Equal(Fnv1a(Encoding.UTF8.GetBytes("é")) % (1u << 30), (uint)nonAscii);
        Assert.InRange(longIndex, 0, 63);
    }

    [Fact]
    public void IndexOf_ZeroShards_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => BaselineShard.IndexOf("a", 0));
    }

    [Fact]
    public void Merge_OverlappingAccounts_MergesTheirBaselines()
    {
        // Arrange
        var first = new BaselineShard(new Dictionary<string, AccountBaseline>
        {
            ["a"] = new(RunningStats.Of([10]), ["DE"], ["5411"]),
            ["b"] = new(RunningStats.Of([5]), ["FR"], ["5812"]),
        });
        var second = new BaselineShard(new Dictionary<string, AccountBaseline>
        {
            ["a"] = new(RunningStats.Of([30]), ["AT"], ["5411"]),
        });

        // Act
        var merged = first.Merge(second);

        // Assert
        Assert.Equal(2, merged.Accounts.Count);
        Assert.Equal(new RunningStats(2, 20, 200), merged.Find("a")!.Amount);
        Assert.Equal(["AT", "DE"], merged.Find("a")!.Countries);
        Assert.Same(first.Find("b"), merged.Find("b"));
        Assert.Null(merged.Find("c"));
    }

    [Fact]
    public void Json_RoundTrip_GivesEqualShardAndSameBytes()
    {
        // Arrange
        var shard = new BaselineShard(new Dictionary<string, AccountBaseline>
        {
            ["zed"] = new(RunningStats.Of([0.1, 0.2, 1e6]), ["US", "DE"], ["7995"]),
            ["acct-1"] = new(RunningStats.Of([12.5]), ["DE"], ["5411", "5812"]),
            ["empty"] = AccountBaseline.Empty,
        });

        // Act
        var bytes = BaselineShardJson.SerializeToUtf8Bytes(shard);
        var back = BaselineShardJson.Deserialize(bytes);

        // Assert
        Assert.Equal(shard.Accounts.Keys.Order(), back.Accounts.Keys.Order());
        Assert.All(shard.Accounts, pair => Assert.Equal(pair.Value, back.Accounts[pair.Key]));
        Assert.Equal(bytes, BaselineShardJson.SerializeToUtf8Bytes(back));
        Assert.StartsWith("""{"schemaVersion":1,"accounts":{"acct-1":{"amount":{"count":1,"mean":12.5,"m2":0},"countries":["DE"]""", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":2,"accounts":{}}""")]
    [InlineData("""{"accounts":{}}""")]
    [InlineData("""{"schemaVersion":1,"accounts":{"a":{"amount":{"count":-1,"mean":0,"m2":0},"countries":[],"merchantCategories":[]}}}""")]
    [InlineData("""{"schemaVersion":1,"accounts":{"a":{"amount":{"count":2,"mean":1,"m2":-1},"countries":[],"merchantCategories":[]}}}""")]
    [InlineData("""{"schemaVersion":1,"accounts":{"a":{"amount":{"count":1,"mean":1,"m2":0},"merchantCategories":[]}}}""")]
    [InlineData("""{"schemaVersion":1,"accounts":{"a":{"amount":{"count":1,"mean":1,"m2":0},"countries":[null],"merchantCategories":[]}}}""")]
    [InlineData("null")]
    [InlineData("{")]
    public void Deserialize_InvalidDocument_ThrowsJsonException(string json)
    {
        // Act & Assert
        Assert.ThrowsAny<JsonException>(() => BaselineShardJson.Deserialize(Encoding.UTF8.GetBytes(json)));
    }

    private static uint Fnv1a(byte[] bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
