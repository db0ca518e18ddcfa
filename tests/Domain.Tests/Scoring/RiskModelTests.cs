using Tidewater.Domain.Scoring;

namespace Tidewater.Domain.Tests.Scoring;

public class RiskModelTests
{
    [Fact]
    public void Default_IsTheShippedV0()
    {
        // Act
        var model = RiskModel.Default;

        // Assert
        Assert.Equal("v0", model.Version);
        Assert.Equal(FeatureNames.Count, model.Weights.Features.Count);
        Assert.True(model.Weights.Bias < 0);
        Assert.All(model.Weights.Features, w => Assert.True(w > 0));
        Assert.Contains("7995", model.HighRiskMerchantCategories);
        Assert.Contains("6051", model.HighRiskMerchantCategories);
        Assert.Equal(60, model.Population.Amount.Mean);
        Assert.Equal(120, model.Population.Amount.StdDev, 9);
        Assert.Equal(64, model.BaselineShardCount);
        Assert.Empty(model.IncludedWindows);
    }

    [Theory]
    [InlineData("", 64)]
    [InlineData("v 1", 64)]
    [InlineData("v1", 0)]
    [InlineData("v1", 4097)]
    public void Constructor_InvalidArguments_Throws(string version, int shards)
    {
        // Act & Assert
        Assert.ThrowsAny<ArgumentException>(() => new RiskModel(
            version, RiskModel.Default.Weights, [], AccountBaseline.Empty, shards, []));
    }

    [Fact]
    public void ModelWeights_WrongCountOrNotFinite_Throws()
    {
        // Act & Assert
        Assert.Throws<ArgumentException>(() => new ModelWeights(0, [1, 2]));
        Assert.Throws<ArgumentException>(() => new ModelWeights(double.NaN, new double[FeatureNames.Count]));
        Assert.Throws<ArgumentException>(() => new ModelWeights(0, [1, 1, 1, 1, 1, 1, 1, 1, double.PositiveInfinity]));
    }

    [Fact]
    public void ModelWeights_Get_ReturnsWeightByName()
    {
        // Act & Assert
        Assert.Equal(1.2, RiskModel.Default.Weights.Get(FeatureNames.NewCountry));
        Assert.Throws<ArgumentException>(() => RiskModel.Default.Weights.Get("velocity"));
    }
}
