using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

public class FeatureExtractorTests
{
    private static readonly AccountBaseline Regular =
        new(RunningStats.Of([40, 45, 50, 55, 60]), ["DE", "FR"], ["5411", "5812"]);

    [Fact]
    public void Extract_UnknownAccount_UsesPopulationAndOnlyTheUnknownFlag()
    {
        // Arrange
        var e = TestEvents.Payment(amount: 300, country: "US", merchantCategory: "5999");

        // Act
        var features = FeatureExtractor.Extract(e, account: null, RiskModel.Default);

        // Assert
        Assert.Equal(1, features.UnknownAccount);
        Assert.Equal(0, features.NewCountry);
        Assert.Equal(0, features.NewMerchantCategory);
        Assert.Equal((300 - 60) / 120.0, features.AmountZScore, 12);
        Assert.Equal(Math.Log(301), features.LogAmount, 12);
    }

    [Fact]
    public void Extract_EmptyBaseline_IsTreatedAsUnknown()
    {
        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(), AccountBaseline.Empty, RiskModel.Default);

        // Assert
        Assert.Equal(1, features.UnknownAccount);
        Assert.Equal(0, features.NewCountry);
    }

    [Fact]
    public void Extract_KnownAccountWithFewPayments_UsesPopulationAmountsButOwnCodes()
    {
        // Arrange
        var young = new AccountBaseline(RunningStats.Of([1000, 1000]), ["DE"], ["5411"]);

        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(amount: 60, country: "FR"), young, RiskModel.Default);

        // Assert
        Assert.Equal(0, features.UnknownAccount);
        Assert.Equal(0, features.AmountZScore);
        Assert.Equal(1, features.NewCountry);
        Assert.Equal(0, features.NewMerchantCategory);
    }

    [Fact]
    public void Extract_KnownAccount_ScoresAmountAgainstAccountAndClamps()
    {
        // Act
        var usual = FeatureExtractor.Extract(TestEvents.Payment(amount: 50), Regular, RiskModel.Default);
        var huge = FeatureExtractor.Extract(TestEvents.Payment(amount: 50_000), Regular, RiskModel.Default);
        var tiny = FeatureExtractor.Extract(TestEvents.Payment(amount: 0.01m), new AccountBaseline(RunningStats.Of([9e5, 9e5, 9e5]), [], []), RiskModel.Default);

        // Assert
        Assert.Equal(0, usual.AmountZScore, 12);
        Assert.Equal(FeatureExtractor.MaxAbsZScore, huge.AmountZScore);
        Assert.InRange(tiny.AmountZScore, -FeatureExtractor.MaxAbsZScore, -9.99);
    }

    [Fact]
    public void Extract_ConstantAmountAccount_FloorsStandardDeviation()
    {
        // Arrange
        var constant = new AccountBaseline(RunningStats.Of([20, 20, 20, 20]), ["DE"], ["5411"]);

        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(amount: 20.01m), constant, RiskModel.Default);

        // Assert
        Assert.Equal(0.01 / 3.0, features.AmountZScore, 9);
    }

    [Theory]
    [InlineData("DE", "5411", 0, 0)]
    [InlineData("PL", "5411", 1, 0)]
    [InlineData("DE", "7995", 0, 1)]
    public void Extract_KnownAccount_FlagsNewCountryAndCategory(string country, string category, double newCountry, double newCategory)
    {
        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(country: country, merchantCategory: category), Regular, RiskModel.Default);

        // Assert
        Assert.Equal(newCountry, features.NewCountry);
        Assert.Equal(newCategory, features.NewMerchantCategory);
    }

    [Fact]
    public void Extract_FullCountrySet_CodeAboveCapIsNotClaimedNew()
    {
        // Arrange
        var traveller = new AccountBaseline(RunningStats.Of([1, 2, 3]), Tidewater.Domain.Validation.CountryCodes.All, ["5411"]);

        // Act
        var above = FeatureExtractor.Extract(TestEvents.Payment(country: "ZW"), traveller, RiskModel.Default);

        // Assert
        Assert.Equal(0, above.NewCountry);
    }

    [Theory]
    [InlineData(PaymentChannel.CardPresent, 0, 0)]
    [InlineData(PaymentChannel.Ecommerce, 1, 0)]
    [InlineData(PaymentChannel.Transfer, 0, 1)]
    public void Extract_Channel_IsOneHotAgainstCardPresent(PaymentChannel channel, double ecommerce, double transfer)
    {
        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(channel: channel), Regular, RiskModel.Default);

        // Assert
        Assert.Equal(ecommerce, features.Ecommerce);
        Assert.Equal(transfer, features.Transfer);
    }

    [Theory]
    [InlineData("2026-11-21T00:00:00Z", 1)]
    [InlineData("2026-11-21T05:59:59Z", 1)]
    [InlineData("2026-11-21T06:00:00Z", 0)]
    [InlineData("2026-11-21T02:00:00+05:00", 0)]
    [InlineData("2026-11-20T23:30:00-03:00", 1)]
    public void Extract_NightTime_IsJudgedInUtc(string occurredAt, double expected)
    {
        // Arrange
        var at = DateTimeOffset.Parse(occurredAt, System.Globalization.CultureInfo.InvariantCulture);

        // Act
        var features = FeatureExtractor.Extract(TestEvents.Payment(occurredAt: at), Regular, RiskModel.Default);

        // Assert
        Assert.Equal(expected, features.NightTime);
    }

    [Fact]
    public void Extract_HighRiskCategory_IsFlagged()
    {
        // Act
        var gambling = FeatureExtractor.Extract(TestEvents.Payment(merchantCategory: "7995"), Regular, RiskModel.Default);
        var grocery = FeatureExtractor.Extract(TestEvents.Payment(merchantCategory: "5411"), Regular, RiskModel.Default);

        // Assert
        Assert.Equal(1, gambling.HighRiskMerchantCategory);
        Assert.Equal(0, grocery.HighRiskMerchantCategory);
    }

    [Fact]
    public void FeatureVector_Indexer_FollowsFeatureNamesOrder()
    {
        // Arrange
        var vector = new FeatureVector(1, 2, 3, 4, 5, 6, 7, 8, 9);

        // Act
        var values = Enumerable.Range(0, FeatureNames.Count).Select(i => vector[i]);

        // Assert
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9], values);
        Assert.Equal(FeatureNames.Count, FeatureNames.All.Count);
        Assert.Equal(2, FeatureNames.IndexOf(FeatureNames.UnknownAccount));
        Assert.Throws<ArgumentOutOfRangeException>(() => vector[9]);
    }
}
