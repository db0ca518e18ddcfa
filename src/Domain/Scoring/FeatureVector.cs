namespace Tidewater.Domain.Scoring;

/// <summary>The model inputs computed from one event, in the order of <see cref="FeatureNames.All"/>.</summary>
/// <param name="AmountZScore">See <see cref="FeatureNames.AmountZScore"/>.</param>
/// <param name="LogAmount">See <see cref="FeatureNames.LogAmount"/>.</param>
/// <param name="UnknownAccount">See <see cref="FeatureNames.UnknownAccount"/>.</param>
/// <param name="NewCountry">See <see cref="FeatureNames.NewCountry"/>.</param>
/// <param name="NewMerchantCategory">See <see cref="FeatureNames.NewMerchantCategory"/>.</param>
/// <param name="HighRiskMerchantCategory">See <see cref="FeatureNames.HighRiskMerchantCategory"/>.</param>
/// <param name="Ecommerce">See <see cref="FeatureNames.Ecommerce"/>.</param>
/// <param name="Transfer">See <see cref="FeatureNames.Transfer"/>.</param>
/// <param name="NightTime">See <see cref="FeatureNames.NightTime"/>.</param>
/// <remarks>A struct with named values so that extraction allocates nothing and tests read clearly.</remarks>
public readonly record struct FeatureVector(
    double AmountZScore,
    double LogAmount,
    double UnknownAccount,
    double NewCountry,
    double NewMerchantCategory,
    double HighRiskMerchantCategory,
    double Ecommerce,
    double Transfer,
    double NightTime)
{
    /// <summary>Gets the value of the feature at <paramref name="index"/> in <see cref="FeatureNames.All"/>.</summary>
    /// <param name="index">The feature index, 0 to <see cref="FeatureNames.Count"/> - 1.</param>
    public double this[int index] => index switch
    {
        0 => AmountZScore,
        1 => LogAmount,
        2 => UnknownAccount,
        3 => NewCountry,
        4 => NewMerchantCategory,
        5 => HighRiskMerchantCategory,
        6 => Ecommerce,
        7 => Transfer,
        8 => NightTime,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Not a feature index."),
    };
}
