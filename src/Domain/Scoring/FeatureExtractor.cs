using Tidewater.Domain.Events;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Scoring;

/// <summary>Computes the <see cref="FeatureVector"/> of an event against its account's baseline.</summary>
/// <remarks>
/// <para>
/// Pure and allocation-free (it runs once per event on the hot path). Decisions worth knowing:
/// </para>
/// <list type="bullet">
/// <item>An account is unknown when it has no baseline or a baseline with no payments; that risk is carried by
/// <see cref="FeatureNames.UnknownAccount"/> alone, and <see cref="FeatureNames.NewCountry"/> and
/// <see cref="FeatureNames.NewMerchantCategory"/> are 0 for it: everything is new to a new account, and counting it
/// three times would swamp the other signals.</item>
/// <item>The amount z-score uses the account's amounts once it has <see cref="MinAccountObservations"/> payments,
/// and <see cref="RiskModel.Population"/> before that. The standard deviation is floored at
/// 1 + 10% of the mean so that an account that always pays the same amount is not flagged for a cent's difference.
/// The score is clamped to ±<see cref="MaxAbsZScore"/> so one absurd amount cannot dominate the logit.</item>
/// <item>Night is 00:00-05:59 in UTC, not in the event's offset: the offset is chosen by the client, so using it
/// would let a sender move a payment into the day.</item>
/// <item>Chargebacks are extracted and scored like payments; the App decides what a chargeback's score means.</item>
/// </list>
/// </remarks>
public static class FeatureExtractor
{
    /// <summary>How many payments an account needs before its own amounts replace the population's.</summary>
    public const int MinAccountObservations = 3;

    /// <summary>The bound of the absolute amount z-score.</summary>
    public const double MaxAbsZScore = 10;

    /// <summary>The first UTC hour that is not night (night is [0, 6)).</summary>
    public const int NightEndHourUtc = 6;

    /// <summary>Computes the features of <paramref name="paymentEvent"/>.</summary>
    /// <param name="paymentEvent">The event.</param>
    /// <param name="account">The account's baseline, or <see langword="null"/> when the account is unknown.</param>
    /// <param name="model">The model, for its population baseline and high-risk merchant categories.</param>
    /// <returns>The features.</returns>
    public static FeatureVector Extract(PaymentEvent paymentEvent, AccountBaseline? account, RiskModel model) =>
        Extract(ScoringInput.Of(paymentEvent), account, model);

    /// <summary>Computes the features of an event from its <see cref="ScoringInput"/>.</summary>
    /// <param name="input">The event's scoring input.</param>
    /// <param name="account">The account's baseline, or <see langword="null"/> when the account is unknown.</param>
    /// <param name="model">The model, for its population baseline and high-risk merchant categories.</param>
    /// <returns>The features.</returns>
    public static FeatureVector Extract(in ScoringInput input, AccountBaseline? account, RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var known = account is not null && account.Amount.Count > 0;
        var amounts = known && account!.Amount.Count >= MinAccountObservations ? account.Amount : model.Population.Amount;
        var amount = input.Amount;

        return new FeatureVector(
            AmountZScore: ZScore(amount, amounts),
            LogAmount: Math.Log(1 + amount),
            UnknownAccount: Flag(!known),
            NewCountry: Flag(known && account!.IsNewCountry(input.Country)),
            NewMerchantCategory: Flag(known && account!.IsNewMerchantCategory(input.MerchantCategory)),
            HighRiskMerchantCategory: Flag(model.HighRiskMerchantCategories.Contains(input.MerchantCategory)),
            Ecommerce: Flag(input.Channel == PaymentChannel.Ecommerce),
            Transfer: Flag(input.Channel == PaymentChannel.Transfer),
            NightTime: Flag(input.HourUtc < NightEndHourUtc));
    }

    private static double ZScore(double amount, RunningStats amounts)
    {
        var floor = 1 + (0.1 * Math.Abs(amounts.Mean));
        var z = (amount - amounts.Mean) / Math.Max(amounts.StdDev, floor);
        return Math.Clamp(z, -MaxAbsZScore, MaxAbsZScore);
    }

    private static double Flag(bool value) => value ? 1 : 0;
}
