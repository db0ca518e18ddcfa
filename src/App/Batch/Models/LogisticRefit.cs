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

    /// <summary>Examples per block of the gradient sum: blocks are summed in parallel, then in block order.</summary>
    internal const int BlockSize = 16_384;

    /// <summary>Fits weights to <paramref name="examples"/>, starting from <paramref name="start"/>.</summary>
    /// <remarks>
    /// Each step's gradient is summed per fixed block of <see cref="BlockSize"/> examples, blocks on as many threads as
    /// there are, and the block sums added in block order: the result does not depend on the thread count or timing.
    /// </remarks>
    public static ModelWeights Fit(IReadOnlyList<LabelledPayment> examples, ModelWeights start)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(start);
        const int n = FeatureNames.Count;
        var data = Design.From(examples);
        double total = data.TotalWeight;
        var step = new double[n];
        for (int i = 0; i < data.Count; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double x = data.Features[(i * n) + j];
                step[j] += data.Weights[i] * x * x;
            }
        }

        for (int j = 0; j < n; j++)
        {
            step[j] = LearningRate / Math.Max(1, step[j] / total);
        }

        double bias = start.Bias;
        double[] weights = [.. start.Features];
        int blocks = (data.Count + BlockSize - 1) / BlockSize;
        var sums = new double[blocks, n + 1];
        var gradient = new double[n + 1];
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            double b = bias;
            Parallel.For(0, blocks, block => SumBlock(data, block, b, weights, sums));
            Array.Clear(gradient);
            for (int block = 0; block < blocks; block++)
            {
                for (int j = 0; j <= n; j++)
                {
                    gradient[j] += sums[block, j];
                }
            }

            bias -= LearningRate * gradient[n] / total;
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

        return Sigmoid(logit);
    }

    private static double Sigmoid(double logit) => logit >= 0 ? 1 / (1 + Math.Exp(-logit)) : Math.Exp(logit) / (1 + Math.Exp(logit));

    /// <summary>The weighted error gradient of one block: the features' sums in 0..n-1, the bias's in n.</summary>
    private static void SumBlock(Design data, int block, double bias, double[] weights, double[,] sums)
    {
        const int n = FeatureNames.Count;
        Span<double> sum = stackalloc double[n + 1];
        sum.Clear();
        int end = Math.Min(data.Count, (block + 1) * BlockSize);
        for (int i = block * BlockSize; i < end; i++)
        {
            var x = data.Features.AsSpan(i * n, n);
            double logit = bias;
            for (int j = 0; j < n; j++)
            {
                logit += weights[j] * x[j];
            }

            double error = (Sigmoid(logit) - data.Labels[i]) * data.Weights[i];
            sum[n] += error;
            for (int j = 0; j < n; j++)
            {
                sum[j] += error * x[j];
            }
        }

        for (int j = 0; j <= n; j++)
        {
            sums[block, j] = sum[j];
        }
    }

    /// <summary>The examples as flat arrays: features row by row, labels (0 or 1) and weights.</summary>
    private sealed class Design(double[] features, double[] labels, double[] weights, double totalWeight)
    {
        public double[] Features => features;

        public double[] Labels => labels;

        public double[] Weights => weights;

        public double TotalWeight => totalWeight;

        public int Count => labels.Length;

        public static Design From(IReadOnlyList<LabelledPayment> examples)
        {
            const int n = FeatureNames.Count;
            var features = new double[examples.Count * n];
            var labels = new double[examples.Count];
            var weights = new double[examples.Count];
            double total = 0;
            for (int i = 0; i < examples.Count; i++)
            {
                var e = examples[i];
                for (int j = 0; j < n; j++)
                {
                    features[(i * n) + j] = e.Features[j];
                }

                labels[i] = e.ChargedBack ? 1 : 0;
                weights[i] = e.Weight;
                total += e.Weight;
            }

            return new Design(features, labels, weights, total);
        }
    }
}
