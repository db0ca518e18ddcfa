using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Scoring;

/// <summary>The shipped model, <c>v0</c>.</summary>
public sealed partial class RiskModel
{
    /// <summary>Gets the hand-set model <c>v0</c> that ships with the app, used until the batch publishes another.</summary>
    /// <remarks>
    /// <para>
    /// The weights are set by hand so that an ordinary payment of a known account scores about 0.02 (approve), a
    /// single red flag stays below review, and several together reach review or decline:
    /// </para>
    /// <list type="table">
    /// <item><term>bias -5.0</term><description>Fraud is rare: with no signal the score is under 1%.</description></item>
    /// <item><term>amount_zscore 0.35</term><description>3 standard deviations add about 1 to the logit; the clamp at 10 caps it at 3.5.</description></item>
    /// <item><term>log_amount 0.25</term><description>Size matters, slowly: 60 adds 1.0, 10 000 adds 2.3, 1 000 000 adds 3.5.</description></item>
    /// <item><term>unknown_account 0.8</term><description>No history is a moderate risk on its own.</description></item>
    /// <item><term>new_country 1.2</term><description>The strongest single behavioural signal (card cloned or account taken over abroad).</description></item>
    /// <item><term>new_merchant_category 0.5</term><description>Trying a new kind of merchant is common but mildly informative.</description></item>
    /// <item><term>high_risk_merchant_category 1.5</term><description>Categories that turn stolen funds into cash or untraceable value.</description></item>
    /// <item><term>ecommerce 0.4</term><description>Card-not-present fraud is several times card-present fraud.</description></item>
    /// <item><term>transfer 0.7</term><description>Transfers are hard to recall and the usual end of an account takeover.</description></item>
    /// <item><term>night_time 0.5</term><description>Fraud clusters at hours when owners sleep and notice late.</description></item>
    /// </list>
    /// <para>
    /// High-risk categories (ISO 18245): 4829 money orders and wire transfers, 5966 and 5967 outbound and inbound
    /// telemarketing, 6051 quasi-cash (crypto, foreign currency, money orders), 6211 security brokers, 6540 stored-value
    /// card loads, 7273 dating and escort services, 7995 betting and gambling. The population baseline assumes card
    /// amounts with mean 60 and standard deviation 120 (the long right tail of retail spend) over a million payments;
    /// its country and category sets are empty because they are not used for unknown accounts.
    /// Baselines are split into 64 shards; no window is included yet.
    /// </para>
    /// </remarks>
    public static RiskModel Default { get; } = new(
        version: "v0",
        weights: new ModelWeights(
            bias: -5.0,
            features: [0.35, 0.25, 0.8, 1.2, 0.5, 1.5, 0.4, 0.7, 0.5]),
        highRiskMerchantCategories: ["4829", "5966", "5967", "6051", "6211", "6540", "7273", "7995"],
        population: new AccountBaseline(
            new RunningStats(Count: 1_000_000, Mean: 60, M2: 120.0 * 120.0 * 1_000_000),
            countries: [],
            merchantCategories: []),
        baselineShardCount: 64,
        includedWindows: []);
}
