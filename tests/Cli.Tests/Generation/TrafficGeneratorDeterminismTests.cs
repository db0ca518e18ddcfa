using System.Text;
using System.Text.RegularExpressions;
using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Tests.Generation;

public class TrafficGeneratorDeterminismTests
{
    [Fact]
    public async Task Generate_SameSeedAndOptions_ByteIdentical()
    {
        var first = await TestTraffic.NdjsonAsync(TestTraffic.Options());
        var second = await TestTraffic.NdjsonAsync(TestTraffic.Options());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generate_DifferentSeed_Differs()
    {
        var first = await TestTraffic.NdjsonAsync(TestTraffic.Options(seed: 1));
        var second = await TestTraffic.NdjsonAsync(TestTraffic.Options(seed: 2));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Generate_DifferentStart_OnlyTimesDiffer()
    {
        var options = TestTraffic.Options();
        var shifted = TestTraffic.Options();
        shifted.Start = options.Start.AddHours(7).AddMinutes(13);

        var first = WithoutTimes(await TestTraffic.NdjsonAsync(options));
        var second = WithoutTimes(await TestTraffic.NdjsonAsync(shifted));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_Ids_AreSeedPrefixedSequenceNumbers()
    {
        var events = TestTraffic.Generate(TestTraffic.Options(count: 300, seed: 42));

        Assert.Equal(Enumerable.Range(0, 300).Select(n => $"s42-{n}"), events.Select(e => e.Event.Id));
    }

    [Fact]
    public void Generate_PopulationSeed_SharesAccountsAcrossTrafficSeeds()
    {
        var accountsOfSeed1 = TestTraffic.Generate(TestTraffic.Options(seed: 1)).Select(e => e.Event.AccountId).ToHashSet();
        var accountsOfSeed2 = TestTraffic.Generate(TestTraffic.Options(seed: 2)).Select(e => e.Event.AccountId).ToHashSet();

        Assert.True(accountsOfSeed1.Intersect(accountsOfSeed2).Count() > 500);
        Assert.All(accountsOfSeed1, id => Assert.StartsWith("acct-1-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Generated_CountsEmitted()
    {
        var generator = new TrafficGenerator(TestTraffic.Options(count: 3));

        var all = generator.GenerateAll().ToList();

        Assert.Equal(3, all.Count);
        Assert.Equal(3, generator.Generated);
        Assert.False(generator.TryNext(out _));
    }

    private static string WithoutTimes(byte[] ndjson) =>
        Regex.Replace(Encoding.UTF8.GetString(ndjson), "\"occurredAt\":\"[^\"]*\"", string.Empty);
}
