using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Statistics;

public class RunningStatsTests
{
    [Fact]
    public void Add_KnownValues_GivesPopulationMeanAndVariance()
    {
        // Act
        var stats = RunningStats.Of([2, 4, 4, 4, 5, 5, 7, 9]);

        // Assert
        Assert.Equal(8, stats.Count);
        Assert.Equal(5, stats.Mean, 12);
        Assert.Equal(4, stats.Variance, 12);
        Assert.Equal(2, stats.StdDev, 12);
    }

    [Fact]
    public void Variance_FewerThanTwoValues_IsZero()
    {
        // Act & Assert
        Assert.Equal(0, RunningStats.Empty.Variance);
        Assert.Equal(0, RunningStats.Empty.Add(42).Variance);
        Assert.Equal(42, RunningStats.Empty.Add(42).Mean);
    }

    [Fact]
    public void Merge_RandomPartitions_EqualsSequentialAdd()
    {
        // Arrange
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var values = Enumerable.Range(0, random.Next(0, 300)).Select(_ => Math.Exp(random.NextDouble() * 8)).ToArray();
            var sequential = RunningStats.Of(values);
            var cuts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(values.Length + 1)).Order().ToList();

            // Act
            var merged = RunningStats.Empty;
            var start = 0;
            foreach (var cut in cuts.Append(values.Length))
            {
                merged = merged.Merge(RunningStats.Of(values[start..cut]));
                start = cut;
            }

            // Assert
            Assert.Equal(sequential.Count, merged.Count);
            Assert.Equal(sequential.Mean, merged.Mean, 1e-9 * Math.Max(1, Math.Abs(sequential.Mean)));
            Assert.Equal(sequential.M2, merged.M2, 1e-9 * Math.Max(1, sequential.M2));
        }
    }

    [Fact]
    public void Merge_WithEmpty_IsIdentity()
    {
        // Arrange
        var stats = RunningStats.Of([1, 2, 3]);

        // Act & Assert
        Assert.Equal(stats, stats.Merge(RunningStats.Empty));
        Assert.Equal(stats, RunningStats.Empty.Merge(stats));
    }

    [Fact]
    public void Add_SameSequenceTwice_IsBitIdentical()
    {
        // Arrange
        double[] values = [0.1, 1e6, 3.3, 77.7];

        // Act & Assert
        Assert.Equal(RunningStats.Of(values), RunningStats.Of(values));
    }
}
