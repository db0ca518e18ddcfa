using Tidewater.Cli.Reporting;

namespace Tidewater.Cli.Tests.Reporting;

public class PercentilesTests
{
    [Theory]
    [InlineData(50, 50)]
    [InlineData(90, 90)]
    [InlineData(99, 99)]
    [InlineData(99.9, 100)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void NearestRank_OneToHundred_IsTheRankedSample(double percentile, long expected)
    {
        var sorted = Enumerable.Range(1, 100).Select(i => (long)i).ToArray();

        Assert.Equal(expected, Percentiles.NearestRank(sorted, percentile));
    }

    [Fact]
    public void NearestRank_SingleSample_IsThatSample()
    {
        Assert.Equal(7, Percentiles.NearestRank([7], 50));
        Assert.Equal(7, Percentiles.NearestRank([7], 99.9));
    }

    [Fact]
    public void NearestRank_TenSamples_RoundsRankUp()
    {
        long[] sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

        Assert.Equal(50, Percentiles.NearestRank(sorted, 50));  // rank 5
        Assert.Equal(100, Percentiles.NearestRank(sorted, 91)); // rank ceil(9.1) = 10
        Assert.Equal(100, Percentiles.NearestRank(sorted, 99));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void NearestRank_PercentileOutOfRange_Throws(double percentile)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentiles.NearestRank([1, 2], percentile));
    }

    [Fact]
    public void NearestRank_NoSamples_Throws()
    {
        Assert.Throws<ArgumentException>(() => Percentiles.NearestRank([], 50));
    }

    [Fact]
    public void Summarize_Unsorted_SortsAndReportsEachPercentile()
    {
        var samples = Enumerable.Range(1, 1000).Reverse().Select(i => (long)i).ToArray();

        var summary = Percentiles.Summarize(samples);

        Assert.Equal(new LatencySummary(1000, 500, 900, 990, 999, 1000), summary);
    }

    [Fact]
    public void Summarize_Empty_IsNull()
    {
        Assert.Null(Percentiles.Summarize([]));
    }
}
