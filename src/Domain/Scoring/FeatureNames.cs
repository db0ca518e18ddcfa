namespace Tidewater.Domain.Scoring;

/// <summary>The names and fixed order of the model's features.</summary>
/// <remarks>
/// The order is the index of each value in <see cref="FeatureVector"/> and of each weight in
/// <see cref="ModelWeights"/>; names are the keys of the weights in the model JSON.
/// WARNING: appending a feature needs a new model schema; reordering breaks stored models.
/// </remarks>
public static class FeatureNames
{
    /// <summary>How unusual the amount is for the account: a z-score clamped to [-10, 10].</summary>
    public const string AmountZScore = "amount_zscore";

    /// <summary>The size of the amount: ln(1 + amount).</summary>
    public const string LogAmount = "log_amount";

    /// <summary>1 when the account has no baseline (never seen), else 0.</summary>
    public const string UnknownAccount = "unknown_account";

    /// <summary>1 when a known account has never paid in this country, else 0.</summary>
    public const string NewCountry = "new_country";

    /// <summary>1 when a known account has never paid at this merchant category, else 0.</summary>
    public const string NewMerchantCategory = "new_merchant_category";

    /// <summary>1 when the merchant category is in <see cref="RiskModel.HighRiskMerchantCategories"/>, else 0.</summary>
    public const string HighRiskMerchantCategory = "high_risk_merchant_category";

    /// <summary>1 for the e-commerce channel, else 0 (card present is the reference channel).</summary>
    public const string Ecommerce = "ecommerce";

    /// <summary>1 for the transfer channel, else 0 (card present is the reference channel).</summary>
    public const string Transfer = "transfer";

    /// <summary>1 when the event occurred between 00:00 and 05:59 UTC, else 0.</summary>
    public const string NightTime = "night_time";

    /// <summary>The number of features.</summary>
    public const int Count = 9;

    /// <summary>Gets every feature name, in vector order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        AmountZScore, LogAmount, UnknownAccount, NewCountry, NewMerchantCategory, HighRiskMerchantCategory, Ecommerce,
        Transfer, NightTime,
    ];

    /// <summary>Returns the vector index of a feature name, or -1 when it is not a feature.</summary>
    /// <param name="name">The feature name (ordinal).</param>
    /// <returns>The index, or -1.</returns>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(All[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
