using Tidewater.Domain.Events;

namespace Tidewater.Domain.Scoring;

/// <summary>Scores an event with the logistic model and explains the score.</summary>
/// <remarks>
/// <para>
/// score = sigmoid(bias + Σ wᵢ·xᵢ), summed in feature order. The score is rounded to <see cref="ScoreDecimals"/>
/// decimals before the decision is taken, so that the score shown and the decision always agree, and so that
/// last-bit differences of <see cref="Math.Exp"/> between platforms do not show. Nothing here depends on culture,
/// clock or process: the same event, baseline and model give the same decision.
/// </para>
/// <para>
/// Reasons are the features with the largest positive contributions (above <see cref="MinReasonContribution"/>),
/// at most <see cref="MaxReasons"/>, ordered by contribution descending, then by code ordinally. A contribution is
/// measured against a typical payment: wᵢ·xᵢ for the flags and the z-score (whose typical value is 0), and
/// w·(log(1+amount) − log(1+population mean)) for the amount, so <c>large_amount</c> names amounts above the
/// population mean, never a coffee. The logit itself is unchanged. Chargebacks are scored
/// like payments; what a chargeback's score means is the App's call.
/// </para>
/// </remarks>
public static class RiskScorer
{
    /// <summary>The number of decimals the score is rounded to.</summary>
    public const int ScoreDecimals = 6;

    /// <summary>The most reasons reported.</summary>
    public const int MaxReasons = 3;

    /// <summary>The smallest contribution to the logit that counts as a reason.</summary>
    public const double MinReasonContribution = 1e-6;

    private static readonly int LogAmountIndex = FeatureNames.IndexOf(FeatureNames.LogAmount);

    /// <summary>Extracts the features of <paramref name="paymentEvent"/> and scores them.</summary>
    /// <param name="paymentEvent">The event.</param>
    /// <param name="account">The account's baseline, or <see langword="null"/> for an unknown account.</param>
    /// <param name="model">The model.</param>
    /// <param name="thresholds">The decision thresholds.</param>
    /// <returns>The decision.</returns>
    public static RiskDecision Score(
        PaymentEvent paymentEvent, AccountBaseline? account, RiskModel model, DecisionThresholds thresholds) =>
        Score(FeatureExtractor.Extract(paymentEvent, account, model), model, thresholds);

    /// <summary>Scores already extracted features.</summary>
    /// <param name="features">The features.</param>
    /// <param name="model">The model.</param>
    /// <param name="thresholds">The decision thresholds.</param>
    /// <returns>The decision.</returns>
    public static RiskDecision Score(in FeatureVector features, RiskModel model, DecisionThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(thresholds);

        Span<double> contributions = stackalloc double[FeatureNames.Count];
        var score = ScoreOf(features, model, contributions);
        contributions[LogAmountIndex] -= model.Weights.Span[LogAmountIndex] * Math.Log(1 + Math.Max(0, model.Population.Amount.Mean));
        return new RiskDecision(score, thresholds.Decide(score), TopReasons(contributions), model.Version);
    }

    /// <summary>
    /// Computes only the score of <paramref name="features"/>: the same number as <see cref="Score(in FeatureVector, RiskModel, DecisionThresholds)"/>,
    /// without the reasons (for a batch that re-scores millions of events and keeps none of their reasons).
    /// </summary>
    /// <param name="features">The event's features.</param>
    /// <param name="model">The model.</param>
    /// <returns>The score, rounded to <see cref="ScoreDecimals"/> decimals.</returns>
    public static double ScoreOnly(in FeatureVector features, RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Span<double> contributions = stackalloc double[FeatureNames.Count];
        return ScoreOf(features, model, contributions);
    }

    private static double ScoreOf(in FeatureVector features, RiskModel model, Span<double> contributions)
    {
        var weights = model.Weights.Span;
        var logit = model.Weights.Bias;
        for (var i = 0; i < contributions.Length; i++)
        {
            contributions[i] = weights[i] * features[i];
            logit += contributions[i];
        }

        return Math.Round(Sigmoid(logit), ScoreDecimals, MidpointRounding.ToEven);
    }

    private static double Sigmoid(double x)
    {
        if (x >= 0)
        {
            return 1 / (1 + Math.Exp(-x));
        }

        var e = Math.Exp(x);
        return e / (1 + e);
    }

    private static string[] TopReasons(ReadOnlySpan<double> contributions)
    {
        Span<int> top = stackalloc int[MaxReasons];
        var count = 0;
        for (var i = 0; i < contributions.Length; i++)
        {
            if (!(contributions[i] > MinReasonContribution))
            {
                continue;
            }

            // Insertion into a short sorted list: by contribution descending, then by code ordinally.
            var at = count;
            while (at > 0 && Ranks(i, top[at - 1], contributions))
            {
                at--;
            }

            if (at >= MaxReasons)
            {
                continue;
            }

            for (var j = Math.Min(count, MaxReasons - 1); j > at; j--)
            {
                top[j] = top[j - 1];
            }

            top[at] = i;
            count = Math.Min(count + 1, MaxReasons);
        }

        if (count == 0)
        {
            return [];
        }

        var reasons = new string[count];
        for (var k = 0; k < count; k++)
        {
            reasons[k] = ReasonCodes.ForFeature(top[k]);
        }

        return reasons;
    }

    /// <summary>Tells whether feature <paramref name="a"/> ranks before feature <paramref name="b"/>.</summary>
    private static bool Ranks(int a, int b, ReadOnlySpan<double> contributions) =>
        contributions[a] > contributions[b]
        || (contributions[a] == contributions[b]
            && string.CompareOrdinal(ReasonCodes.ForFeature(a), ReasonCodes.ForFeature(b)) < 0);
}
