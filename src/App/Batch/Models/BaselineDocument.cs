using Tidewater.Domain.Scoring;
using Tidewater.Domain.Statistics;

namespace Tidewater.App.Batch;

/// <summary>An <see cref="AccountBaseline"/> inside batch documents (the population of a window).</summary>
/// <param name="Count">Payments.</param>
/// <param name="Mean">Their mean amount.</param>
/// <param name="M2">Sum of squared deviations of the amounts.</param>
/// <param name="Countries">Countries, sorted.</param>
/// <param name="MerchantCategories">Merchant categories, sorted.</param>
public sealed record BaselineDocument(long Count, double Mean, double M2, IReadOnlyList<string> Countries, IReadOnlyList<string> MerchantCategories)
{
    /// <summary>The document of <paramref name="baseline"/>.</summary>
    public static BaselineDocument From(AccountBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new(
            baseline.Amount.Count,
            baseline.Amount.Mean,
            baseline.Amount.M2,
            [.. baseline.Countries.Order(StringComparer.Ordinal)],
            [.. baseline.MerchantCategories.Order(StringComparer.Ordinal)]);
    }

    /// <summary>The baseline.</summary>
    public AccountBaseline ToBaseline() => new(new RunningStats(Count, Mean, M2), Countries, MerchantCategories);
}
