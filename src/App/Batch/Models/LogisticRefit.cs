using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Refits the logistic weights by full-batch gradient descent: deterministic (fixed iterations, step and L2, examples in
/// the order given, no random initialisation: it starts from the current weights).
/// </summary>
/// <remarks>
/// Each feature's step is divided by its mean square (at least 1), a fixed diagonal preconditioning that keeps the
/// descent stable although <c>log_amount</c> runs to 14 while the flags are 0 or 1. L2 shrinks feature weights, not
/// the bias. Weights are rounded to 9 decimals so last-bit differences of <see cref="Math.Exp"/> between platforms do
/// not change the derived model version.
/// </remarks>
public static class LogisticRefit
{
    /// <summary>Gradient steps.</summary>
    public const int Iterations = 300;

    /// <summary>Step size (before preconditioning).</summary>
    public const double LearningRate = 0.5;

    /// <summary>L2 penalty on the feature weights.</summary>
    public const double L2 = 1e-4;

    /// <summary>Fits weights to <paramref name="examples"/>, starting from <paramref name="start"/>.</summary>
    public static ModelWeights Fit(IReadOnlyList<LabelledPayment> examples, ModelWeights start)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(start);
        const int n = FeatureNames.Count;
        double total = examples.Sum(e => e.Weight);
        var step = new double[n];
        foreach (var e in examples)
        {
            for (int j = 0; j < n; j++)
            {
                step[j] += e.Weight * e.Features[j] * e.Features[j];
            }
        }

        for (int j = 0; j < n; j++)
        {
            step[j] = LearningRate / Math.Max(1, step[j] / total);
        }

        double bias = start.Bias;
        double[] weights = [.. start.Features];
        var gradient = new double[n];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            double biasGradient = 0;
            foreach (var e in examples)
            {
                double error = (Probability(e.Features, bias, weights) - (e.ChargedBack ? 1 : 0)) * e.Weight;
                biasGradient += error;
                for (int j = 0; j < n; j++)
                {
                    gradient[j] += error * e.Features[j];
                }
            }

            bias -= LearningRate * biasGradient / total;
            for (int j = 0; j < n; j++)
            {
                weights[j] -= step[j] * ((gradient[j] / total) + (L2 * weights[j]));
            }
        }

        return new ModelWeights(Math.Round(bias, 9), weights.Select(w => Math.Round(w, 9)));
    }

    /// <summary>The weighted mean log loss of <paramref name="weights"/> on <paramref name="examples"/>.</summary>
    public static double LogLoss(IReadOnlyList<LabelledPayment> examples, ModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(weights);
        double[] w = [.. weights.Features];
        double loss = 0, total = 0;
        foreach (var e in examples)
        {
            double p = Math.Clamp(Probability(e.Features, weights.Bias, w), 1e-12, 1 - 1e-12);
            loss -= e.Weight * (e.ChargedBack ? Math.Log(p) : Math.Log(1 - p));
            total += e.Weight;
        }

        return total == 0 ? 0 : loss / total;
    }

    private static double Probability(in FeatureVector x, double bias, double[] weights)
    {
        double logit = bias;
        for (int j = 0; j < weights.Length; j++)
        {
            logit += weights[j] * x[j];
        }

        return logit >= 0 ? 1 / (1 + Math.Exp(-logit)) : Math.Exp(logit) / (1 + Math.Exp(logit));
    }
}
