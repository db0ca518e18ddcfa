using System.Collections.Immutable;

namespace Tidewater.Domain.Scoring;

/// <summary>The coefficients of the logistic model: a bias and one weight per feature.</summary>
/// <remarks>Weights are indexed like <see cref="FeatureNames.All"/>; every one must be finite.</remarks>
public sealed class ModelWeights : IEquatable<ModelWeights>
{
    private readonly ImmutableArray<double> _features;

    /// <summary>Initializes the weights.</summary>
    /// <param name="bias">The intercept: the logit of an event whose features are all 0.</param>
    /// <param name="features">One weight per feature, in the order of <see cref="FeatureNames.All"/>.</param>
    /// <exception cref="ArgumentException">The count is not <see cref="FeatureNames.Count"/> or a weight is not finite.</exception>
    public ModelWeights(double bias, IEnumerable<double> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _features = [.. features];
        if (_features.Length != FeatureNames.Count)
        {
            throw new ArgumentException($"Expected {FeatureNames.Count} feature weights, got {_features.Length}.", nameof(features));
        }

        if (!double.IsFinite(bias) || _features.Any(w => !double.IsFinite(w)))
        {
            throw new ArgumentException("Every weight must be a finite number.", nameof(features));
        }

        Bias = bias;
    }

    /// <summary>Gets the intercept.</summary>
    public double Bias { get; }

    /// <summary>Gets the weight of each feature, in the order of <see cref="FeatureNames.All"/>.</summary>
    public IReadOnlyList<double> Features => _features;

    /// <summary>Gets the weights as a span, for the scoring loop.</summary>
    internal ReadOnlySpan<double> Span => _features.AsSpan();

    /// <summary>Returns the weight of a feature by name.</summary>
    /// <param name="featureName">One of <see cref="FeatureNames.All"/>.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentException"><paramref name="featureName"/> is not a feature.</exception>
    public double Get(string featureName)
    {
        var index = FeatureNames.IndexOf(featureName);
        return index >= 0 ? _features[index] : throw new ArgumentException($"Unknown feature '{featureName}'.", nameof(featureName));
    }

    /// <inheritdoc/>
    public bool Equals(ModelWeights? other) =>
        other is not null && Bias.Equals(other.Bias) && _features.AsSpan().SequenceEqual(other._features.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelWeights);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Bias, _features[0], _features[^1]);
}
