namespace Tidewater.Domain.Scoring;

/// <summary>The stable codes that explain a risk score, one per feature.</summary>
/// <remarks>Clients branch on these strings: never rename one; add new codes instead.</remarks>
public static class ReasonCodes
{
    /// <summary>The amount is far from what the account (or, for new accounts, everyone) usually pays.</summary>
    public const string AmountUnusualForAccount = "amount_unusual_for_account";

    /// <summary>The amount is large in absolute terms.</summary>
    public const string LargeAmount = "large_amount";

    /// <summary>The account has no history.</summary>
    public const string UnknownAccount = "unknown_account";

    /// <summary>The account has never paid in this country.</summary>
    public const string NewCountry = "new_country";

    /// <summary>The account has never paid at this kind of merchant.</summary>
    public const string NewMerchantCategory = "new_merchant_category";

    /// <summary>The merchant category is one often used for fraud or money movement.</summary>
    public const string HighRiskMerchantCategory = "high_risk_merchant_category";

    /// <summary>The card was not present (e-commerce).</summary>
    public const string Ecommerce = "ecommerce";

    /// <summary>The payment is an account-to-account transfer.</summary>
    public const string Transfer = "transfer";

    /// <summary>The payment happened at night (00:00-05:59 UTC).</summary>
    public const string NightTime = "night_time";

    private static readonly string[] ByFeature =
    [
        AmountUnusualForAccount, LargeAmount, UnknownAccount, NewCountry, NewMerchantCategory, HighRiskMerchantCategory,
        Ecommerce, Transfer, NightTime,
    ];

    /// <summary>Returns the reason code of the feature at <paramref name="featureIndex"/> in <see cref="FeatureNames.All"/>.</summary>
    /// <param name="featureIndex">The feature index.</param>
    /// <returns>The reason code.</returns>
    public static string ForFeature(int featureIndex) => ByFeature[featureIndex];
}
