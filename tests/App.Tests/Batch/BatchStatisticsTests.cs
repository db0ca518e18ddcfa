using Tidewater.App.Batch;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

public sealed class BatchStatisticsTests
{
    [Fact]
    public void LatencyHistogram_Bins_CoverEveryValueContiguously()
    {
        long expectedFrom = 0;
        for (int bin = 0; bin < 200; bin++)
        {
            var (from, to) = LatencyHistogram.Bounds(bin);
            Assert.Equal(expectedFrom, from);
            Assert.Equal(bin, LatencyHistogram.BinOf(from));
            Assert.Equal(bin, LatencyHistogram.BinOf(to));
            Assert.True(to - from + 1 <= Math.Max(1, from / 8), $"bin {bin} [{from}, {to}] is wider than 12.5%");
            expectedFrom = to + 1;
        }
    }

    [Fact]
    public void LatencyHistogram_Percentile_IsTheUpperBoundOfTheRanksBin()
    {
        var counts = Enumerable.Range(1, 100).GroupBy(v => LatencyHistogram.BinOf(v * 10)).ToDictionary(g => g.Key, g => (long)g.Count());
        var histogram = LatencyHistogram.FromCounts(counts);

        Assert.Equal(LatencyHistogram.Bounds(LatencyHistogram.BinOf(500)).To, LatencyHistogram.Percentile(histogram, 50));
        Assert.Equal(LatencyHistogram.Bounds(LatencyHistogram.BinOf(990)).To, LatencyHistogram.Percentile(histogram, 99));
        Assert.Equal(0, LatencyHistogram.Percentile([], 50));
    }

    [Fact]
    public void LatencyHistogram_Merge_AddsBinsInOrder()
    {
        var a = LatencyHistogram.FromCounts(new Dictionary<int, long> { [3] = 2, [20] = 1 });
        var b = LatencyHistogram.FromCounts(new Dictionary<int, long> { [20] = 4, [1] = 1 });

        var merged = LatencyHistogram.Merge(a, b);

        Assert.Equal([(1L, 1L), (3L, 2L), (LatencyHistogram.Bounds(20).From, 5L)], merged.Select(x => (x.From, x.Count)));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.049999, 0)]
    [InlineData(0.05, 1)]
    [InlineData(0.5, 10)]
    [InlineData(1.0, 19)]
    public void ScoreHistogram_BinOf_SplitsTwentyEqualBins(double score, int bin) => Assert.Equal(bin, ScoreHistogram.BinOf(score));

    [Fact]
    public void RiskyAccount_Top_KeepsEachAccountsHighestScoreRiskiestFirstTiesById()
    {
        var top = RiskyAccount.Top([new("b", 0.5), new("a", 0.9), new("c", 0.5), new("b", 0.95), new("d", 0.1)], 3);

        Assert.Equal([("b", 0.95), ("a", 0.9), ("c", 0.5)], top.Select(a => (a.AccountId, a.Score)));
    }

    [Fact]
    public void PartialMerger_MergeAll_SumsCountsAndKeepsTheFirstExamples()
    {
        static BatchPartial Part(int i) => new()
        {
            Chunks = 1,
            Records = 10,
            Events = 9,
            Payments = 8,
            Chargebacks = 1,
            RealtimeDecisions = new DecisionCounts(7, 1, 1),
            Reconciliation = new ReconciliationCounts(9, 2, [new($"e{i}a", "a", "approve", "review", 0.1, 0.6, "v0"), new($"e{i}b", "a", "approve", "review", 0.1, 0.6, "v0")]),
            ScoreHistogram = [.. Enumerable.Repeat((long)i, ScoreHistogram.Bins)],
            Population = BaselineDocument.From(AccountBaseline.Empty.Observe(new(
                $"p{i}", Domain.Events.EventType.Payment, null, "a", 10 * (i + 1), "EUR", null, "5411", "DE", Domain.Events.PaymentChannel.CardPresent, DateTimeOffset.UnixEpoch))),
        };

        var merged = PartialMerger.MergeAll(Enumerable.Range(0, 3).Select(Part), maxExamples: 3, topAccounts: 5);

        Assert.Equal((3, 30L, 27L, 24L, 3L), (merged.Chunks, merged.Records, merged.Events, merged.Payments, merged.Chargebacks));
        Assert.Equal(new DecisionCounts(21, 3, 3), merged.RealtimeDecisions);
        Assert.Equal(["e0a", "e0b", "e1a"], merged.Reconciliation.Examples.Select(e => e.EventId));
        Assert.Equal((27L, 6L), (merged.Reconciliation.Compared, merged.Reconciliation.Differing));
        Assert.All(merged.ScoreHistogram, count => Assert.Equal(3, count));
        Assert.Equal((3L, 20.0), (merged.Population!.Count, merged.Population.Mean));
    }

    [Fact]
    public void IdCodec_ChunkIndexAndIdSet_RoundTrip()
    {
        IdEntry[] entries = [new(1, 4), new(UInt128.MaxValue, 0), new(new UInt128(7, 9), 2)];

        var (records, read) = IdCodec.ReadChunkIndex(IdCodec.WriteChunkIndex(12, entries));

        Assert.Equal(12, records);
        Assert.Equal(entries, read);
        Assert.Equal([1, new UInt128(7, 9), UInt128.MaxValue], IdCodec.ReadIdSet(IdCodec.WriteIdSet([1, new UInt128(7, 9), UInt128.MaxValue])));
        Assert.Throws<InvalidDataException>(() => IdCodec.ReadIdSet(new byte[5]));
    }
}
