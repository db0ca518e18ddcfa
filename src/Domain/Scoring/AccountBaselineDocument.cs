using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Scoring;

/// <summary>The stored JSON shape of an <see cref="AccountBaseline"/>.</summary>
internal sealed class AccountBaselineDocument
{
    public required RunningStatsDocument Amount { get; init; }

    public required List<string> Countries { get; init; }

    public required List<string> MerchantCategories { get; init; }

    public static AccountBaselineDocument From(AccountBaseline baseline) => new()
    {
        Amount = new RunningStatsDocument { Count = baseline.Amount.Count, Mean = baseline.Amount.Mean, M2 = baseline.Amount.M2 },
        Countries = [.. baseline.Countries],
        MerchantCategories = [.. baseline.MerchantCategories],
    };

    /// <summary>Converts back, rejecting statistics no sequence of values could produce.</summary>
    public AccountBaseline ToBaseline()
    {
        var amount = Amount;
        if (amount.Count < 0 || !double.IsFinite(amount.Mean) || !double.IsFinite(amount.M2) || amount.M2 < 0
            || (amount.Count == 0 && (amount.Mean != 0 || amount.M2 != 0)))
        {
            throw new ArgumentException("Amount statistics must have count >= 0, finite mean, M2 >= 0, and zeros when count is 0.");
        }

        return new AccountBaseline(new RunningStats(amount.Count, amount.Mean, amount.M2), Countries, MerchantCategories);
    }
}
