using Tidewater.Domain.Scoring;

namespace Tidewater.Domain.Tests.Scoring;

public class DecisionThresholdsTests
{
    [Theory]
    [InlineData(0.0, Decision.Approve)]
    [InlineData(0.4999, Decision.Approve)]
    [InlineData(0.5, Decision.Review)]
    [InlineData(0.8499, Decision.Review)]
    [InlineData(0.85, Decision.Decline)]
    [InlineData(1.0, Decision.Decline)]
    public void Decide_DefaultThresholds_AreInclusiveLowerBounds(double score, Decision expected)
    {
        // Act & Assert
        Assert.Equal(expected, DecisionThresholds.Default.Decide(score));
    }

    [Theory]
    [InlineData(0.0, 0.85)]
    [InlineData(0.5, 1.0)]
    [InlineData(0.9, 0.85)]
    [InlineData(0.5, 0.5)]
    [InlineData(double.NaN, 0.85)]
    [InlineData(-0.1, 0.85)]
    public void Constructor_InvalidThresholds_Throws(double review, double decline)
    {
        // Act & Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new DecisionThresholds(review, decline));
    }

    [Fact]
    public void Default_IsHalfAndEightyFive()
    {
        // Act & Assert
        Assert.Equal(new DecisionThresholds(0.5, 0.85), DecisionThresholds.Default);
        Assert.Equal(0.5, DecisionThresholds.Default.Review);
        Assert.Equal(0.85, DecisionThresholds.Default.Decline);
    }

    [Theory]
    [InlineData(Decision.Approve, "approve")]
    [InlineData(Decision.Review, "review")]
    [InlineData(Decision.Decline, "decline")]
    public void DecisionNames_ToWireAndTryParse_AreInverse(Decision decision, string wire)
    {
        // Act
        var written = DecisionNames.ToWire(decision);
        var parsed = DecisionNames.TryParse(wire, out var back);

        // Assert
        Assert.Equal(wire, written);
        Assert.True(parsed);
        Assert.Equal(decision, back);
        Assert.False(DecisionNames.TryParse("Approve", out _));
    }

    [Theory]
    [InlineData(FeatureNames.AmountZScore, ReasonCodes.AmountUnusualForAccount)]
    [InlineData(FeatureNames.LogAmount, ReasonCodes.LargeAmount)]
    [InlineData(FeatureNames.UnknownAccount, ReasonCodes.UnknownAccount)]
    [InlineData(FeatureNames.NewCountry, ReasonCodes.NewCountry)]
    [InlineData(FeatureNames.NewMerchantCategory, ReasonCodes.NewMerchantCategory)]
    [InlineData(FeatureNames.HighRiskMerchantCategory, ReasonCodes.HighRiskMerchantCategory)]
    [InlineData(FeatureNames.Ecommerce, ReasonCodes.Ecommerce)]
    [InlineData(FeatureNames.Transfer, ReasonCodes.Transfer)]
    [InlineData(FeatureNames.NightTime, ReasonCodes.NightTime)]
    public void ReasonCodes_ForFeature_MapsEachFeatureToItsCode(string feature, string reason)
    {
        // Act & Assert
        Assert.Equal(reason, ReasonCodes.ForFeature(FeatureNames.IndexOf(feature)));
    }
}
