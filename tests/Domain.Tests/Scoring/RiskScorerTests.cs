using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

public class RiskScorerTests
{
    private static readonly AccountBaseline Regular =
        new(RunningStats.Of([40, 45, 50, 55, 60]), ["DE", "FR"], ["5411", "5812"]);

    [Fact]
    public void Score_OrdinaryPaymentOfKnownAccount_Approves()
    {
        // Act
        var decision = RiskScorer.Score(TestEvents.Payment(amount: 50), Regular, RiskModel.Default, DecisionThresholds.Default);

        // Assert
        Assert.Equal(Decision.Approve, decision.Decision);
        Assert.InRange(decision.Score, 0, 0.05);
        Assert.Equal("v0", decision.ModelVersion);
    }

    [Fact]
    public void Score_RiskyTransferOfUnknownAccount_DeclinesWithTopThreeReasons()
    {
        // Arrange
        var e = TestEvents.Payment(
            amount: 5000, merchantCategory: "4829", channel: PaymentChannel.Transfer,
            occurredAt: new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero));

        // Act
        var decision = RiskScorer.Score(e, account: null, RiskModel.Default, DecisionThresholds.Default);

        // Assert
        Assert.Equal(Decision.Decline, decision.Decision);
        Assert.Equal(
            [ReasonCodes.AmountUnusualForAccount, ReasonCodes.HighRiskMerchantCategory, ReasonCodes.LargeAmount],
            decision.Reasons);
    }

    [Fact]
    public void Score_AmountBelowPopulationMean_IsNeverLargeAmountReason()
    {
        // Arrange: an unknown account paying a coffee by card at noon
        var e = TestEvents.Payment(amount: 3.5m, occurredAt: new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

        // Act
        var decision = RiskScorer.Score(e, account: null, RiskModel.Default, DecisionThresholds.Default);

        // Assert
        Assert.DoesNotContain(ReasonCodes.LargeAmount, decision.Reasons);
        Assert.Equal([ReasonCodes.UnknownAccount], decision.Reasons);
    }

    [Theory]
    [InlineData(50, "5411", PaymentChannel.CardPresent, 12)]
    [InlineData(5000, "4829", PaymentChannel.Transfer, 3)]
    [InlineData(0.01, "7995", PaymentChannel.Ecommerce, 23)]
    public void ScoreOnly_AnyEvent_IsTheScoreOfScore(double amount, string merchantCategory, PaymentChannel channel, int hour)
    {
        var e = TestEvents.Payment(
            amount: (decimal)amount, merchantCategory: merchantCategory, channel: channel,
            occurredAt: new DateTimeOffset(2026, 11, 21, hour, 0, 0, TimeSpan.Zero));

        foreach (var account in new[] { Regular, null })
        {
            var features = FeatureExtractor.Extract(e, account, RiskModel.Default);
            Assert.Equal(RiskScorer.Score(features, RiskModel.Default, DecisionThresholds.Default).Score, RiskScorer.ScoreOnly(features, RiskModel.Default));
        }
    }

    [Fact]
    public void Score_SameInputsTwice_IsIdentical()
    {
        // Arrange
        var e = TestEvents.Payment(amount: 777.77m, country: "US", channel: PaymentChannel.Ecommerce);

        // Act
        var first = RiskScorer.Score(e, Regular, RiskModel.Default, DecisionThresholds.Default);
        var second = RiskScorer.Score(e with { }, Regular, RiskModel.Default, DecisionThresholds.Default);

        // Assert
        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.Decision, second.Decision);
        Assert.Equal(first.Reasons, second.Reasons);
    }

    [Theory]
    [InlineData(-5.0)]
    [InlineData(0.0)]
    [InlineData(2.5)]
    [InlineData(-800.0)]
    public void Score_AllFeaturesZeroWeight_IsRoundedSigmoidOfBias(double bias)
    {
        // Arrange
        var model = ModelWith(bias, new double[FeatureNames.Count]);

        // Act
        var decision = RiskScorer.Score(TestEvents.Payment(), Regular, model, DecisionThresholds.Default);

        // Assert
        Assert.Equal(Math.Round(1 / (1 + Math.Exp(-bias)), RiskScorer.ScoreDecimals), decision.Score);
        Assert.Empty(decision.Reasons);
    }

    [Fact]
    public void Score_EqualContributions_OrdersReasonsByCode()
    {
        // Arrange: new_country, high_risk_merchant_category and ecommerce each contribute exactly 1.
        var weights = new double[FeatureNames.Count];
        weights[FeatureNames.IndexOf(FeatureNames.NewCountry)] = 1;
        weights[FeatureNames.IndexOf(FeatureNames.HighRiskMerchantCategory)] = 1;
        weights[FeatureNames.IndexOf(FeatureNames.Ecommerce)] = 1;
        weights[FeatureNames.IndexOf(FeatureNames.NightTime)] = 0.5;
        var e = TestEvents.Payment(country: "US", merchantCategory: "7995", channel: PaymentChannel.Ecommerce,
            occurredAt: new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero));
        var model = ModelWith(0, weights, highRisk: ["7995"]);

        // Act
        var decision = RiskScorer.Score(e, Regular, model, DecisionThresholds.Default);

        // Assert
        Assert.Equal([ReasonCodes.Ecommerce, ReasonCodes.HighRiskMerchantCategory, ReasonCodes.NewCountry], decision.Reasons);
    }

    [Fact]
    public void Score_NegativeContributions_AreNeverReasons()
    {
        // Arrange: only the (negative) z-score of a small amount carries weight.
        var weights = new double[FeatureNames.Count];
        weights[FeatureNames.IndexOf(FeatureNames.AmountZScore)] = 1;

        // Act
        var decision = RiskScorer.Score(TestEvents.Payment(amount: 1), Regular, ModelWith(0, weights), DecisionThresholds.Default);

        // Assert
        Assert.Empty(decision.Reasons);
        Assert.True(decision.Score < 0.5);
    }

    [Fact]
    public void Score_ChargebackIsScoredLikePayment()
    {
        // Arrange
        var payment = TestEvents.Payment(amount: 900, country: "US");

        // Act
        var asPayment = RiskScorer.Score(payment, Regular, RiskModel.Default, DecisionThresholds.Default);
        var asChargeback = RiskScorer.Score(payment with { Type = EventType.Chargeback, PaymentId = "p" }, Regular, RiskModel.Default, DecisionThresholds.Default);

        // Assert
        Assert.Equal(asPayment.Score, asChargeback.Score);
    }

    [Fact]
    public void Score_Thresholds_DecideFromTheRoundedScore()
    {
        // Arrange: bias 0 gives exactly 0.5.
        var model = ModelWith(0, new double[FeatureNames.Count]);

        // Act
        var atReview = RiskScorer.Score(TestEvents.Payment(), Regular, model, new DecisionThresholds(0.5, 0.9));
        var atDecline = RiskScorer.Score(TestEvents.Payment(), Regular, model, new DecisionThresholds(0.2, 0.5));
        var below = RiskScorer.Score(TestEvents.Payment(), Regular, model, new DecisionThresholds(0.500001, 0.9));

        // Assert
        Assert.Equal(Decision.Review, atReview.Decision);
        Assert.Equal(Decision.Decline, atDecline.Decision);
        Assert.Equal(Decision.Approve, below.Decision);
    }

    private static RiskModel ModelWith(double bias, double[] weights, string[]? highRisk = null) =>
        new("test", new ModelWeights(bias, weights), highRisk ?? [], RiskModel.Default.Population, 8, []);
}
