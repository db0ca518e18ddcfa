using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Tests.Scoring;

public class AccountBaselineTests
{
    [Fact]
    public void FromEvents_Payments_CollectsStatsAndSortedSets()
    {
        // Arrange
        PaymentEvent[] events =
        [
            TestEvents.Payment(amount: 10, country: "FR", merchantCategory: "5812"),
            TestEvents.Payment(amount: 30, country: "DE", merchantCategory: "5411"),
            TestEvents.Payment(amount: 500, country: "US", type: EventType.Chargeback),
        ];

        // Act
        var baseline = AccountBaseline.FromEvents(events);

        // Assert
        Assert.Equal(2, baseline.Amount.Count);
        Assert.Equal(20, baseline.Amount.Mean);
        Assert.Equal(["DE", "FR"], baseline.Countries);
        Assert.Equal(["5411", "5812"], baseline.MerchantCategories);
    }

    [Fact]
    public void Observe_Chargeback_LeavesBaselineUnchanged()
    {
        // Arrange
        var baseline = AccountBaseline.FromEvents([TestEvents.Payment()]);

        // Act
        var after = baseline.Observe(TestEvents.Payment(amount: 999, country: "US", type: EventType.Chargeback));

        // Assert
        Assert.Same(baseline, after);
    }

    [Fact]
    public void Merge_TwoWindows_EqualsBaselineOfAllEvents()
    {
        // Arrange
        var random = new Random(3);
        var events = Enumerable.Range(0, 200).Select(_ => TestEvents.Payment(
            amount: random.Next(1, 100_000) / 100m,
            country: Tidewater.Domain.Validation.CountryCodes.All[random.Next(60)],
            merchantCategory: random.Next(5000, 5100).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        // Act
        var merged = AccountBaseline.FromEvents(events[..70]).Merge(AccountBaseline.FromEvents(events[70..]));
        var whole = AccountBaseline.FromEvents(events);

        // Assert
        Assert.Equal(whole.Amount.Count, merged.Amount.Count);
        Assert.Equal(whole.Amount.Mean, merged.Amount.Mean, 1e-9);
        Assert.Equal(whole.Amount.M2, merged.Amount.M2, 1e-9 * whole.Amount.M2);
        Assert.Equal(whole.Countries, merged.Countries);
        Assert.Equal(whole.MerchantCategories, merged.MerchantCategories);
    }

    [Fact]
    public void Merge_OverCap_KeepsOrdinallySmallestWhateverTheOrder()
    {
        // Arrange
        var codes = Enumerable.Range(0, 50).Select(i => (9000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var a = new AccountBaseline(RunningStats.Empty, [], codes.Where((_, i) => i % 2 == 0));
        var b = new AccountBaseline(RunningStats.Empty, [], codes.Where((_, i) => i % 2 == 1).Reverse());

        // Act
        var ab = a.Merge(b);
        var ba = b.Merge(a);

        // Assert
        Assert.Equal(AccountBaseline.MaxCodesPerSet, ab.MerchantCategories.Count);
        Assert.Equal(codes.Take(AccountBaseline.MaxCodesPerSet), ab.MerchantCategories.ToArray());
        Assert.Equal(ab, ba);
    }

    [Fact]
    public void Constructor_DuplicatesAndOverCap_DeduplicatesAndCuts()
    {
        // Arrange
        var countries = Tidewater.Domain.Validation.CountryCodes.All.Reverse().Concat(["DE", "DE"]);

        // Act
        var baseline = new AccountBaseline(RunningStats.Empty, countries, ["5411", "5411"]);

        // Assert
        Assert.Equal(Tidewater.Domain.Validation.CountryCodes.All.Take(32), baseline.Countries.ToArray());
        Assert.Equal(["5411"], baseline.MerchantCategories);
        Assert.True(baseline.Countries.Contains("AD"));
        Assert.False(baseline.Countries.Contains("ZW"));
    }

    [Fact]
    public void Observe_Payment_AddsAmountAndCodes()
    {
        // Act
        var baseline = AccountBaseline.Empty.Observe(TestEvents.Payment(amount: 12, country: "PL", merchantCategory: "4111"));

        // Assert
        Assert.Equal(new RunningStats(1, 12, 0), baseline.Amount);
        Assert.Equal(["PL"], baseline.Countries);
        Assert.Equal(["4111"], baseline.MerchantCategories);
    }
}
