using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tidewater.Domain.Scoring;

/// <summary>Everything scoring needs besides the account's own baseline: weights, population baseline, lists.</summary>
/// <remarks>
/// Immutable, so one instance is shared by every concurrent scoring call and swapped whole when the batch publishes
/// a new version. Serialized by <see cref="RiskModelJson"/>.
/// </remarks>
public sealed partial class RiskModel
{
    /// <summary>The most baseline shards a model may name.</summary>
    public const int MaxBaselineShardCount = 4096;

    /// <summary>The longest accepted <see cref="Version"/>.</summary>
    public const int MaxVersionLength = 64;

    /// <summary>Initializes a model, checking every invariant.</summary>
    /// <param name="version">The version id, 1-64 characters of <c>[A-Za-z0-9._-]</c> (it names storage paths).</param>
    /// <param name="weights">The logistic weights.</param>
    /// <param name="highRiskMerchantCategories">Merchant category codes (4 digits) that raise risk.</param>
    /// <param name="population">The baseline of all accounts, used for accounts with too little history.</param>
    /// <param name="baselineShardCount">How many shards the account baselines are split into, 1 to 4096.</param>
    /// <param name="includedWindows">The windows whose events were merged into the baselines (stored sorted, distinct).</param>
    /// <exception cref="ArgumentException">An argument breaks an invariant.</exception>
    public RiskModel(
        string version,
        ModelWeights weights,
        IEnumerable<string> highRiskMerchantCategories,
        AccountBaseline population,
        int baselineShardCount,
        IEnumerable<string> includedWindows)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(highRiskMerchantCategories);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(includedWindows);
        if (version.Length is 0 or > MaxVersionLength || !version.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new ArgumentException("Version must be 1-64 characters of [A-Za-z0-9._-].", nameof(version));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(baselineShardCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baselineShardCount, MaxBaselineShardCount);
        var categories = highRiskMerchantCategories.ToFrozenSet(StringComparer.Ordinal);
        if (categories.Any(c => c is null || c.Length != 4 || !c.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException("Merchant categories must be exactly 4 digits.", nameof(highRiskMerchantCategories));
        }

        var windows = includedWindows.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        if (windows.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Window names must not be empty.", nameof(includedWindows));
        }

        Version = version;
        Weights = weights;
        HighRiskMerchantCategories = categories;
        Population = population;
        BaselineShardCount = baselineShardCount;
        IncludedWindows = windows;
    }

    /// <summary>Gets the version id, reported with every decision.</summary>
    public string Version { get; }

    /// <summary>Gets the logistic weights.</summary>
    public ModelWeights Weights { get; }

    /// <summary>Gets the merchant category codes that raise risk.</summary>
    public IReadOnlySet<string> HighRiskMerchantCategories { get; }

    /// <summary>Gets the baseline of all accounts, used for accounts with too little history of their own.</summary>
    public AccountBaseline Population { get; }

    /// <summary>Gets how many shards the account baselines are split into (see <see cref="BaselineShard.IndexOf"/>).</summary>
    public int BaselineShardCount { get; }

    /// <summary>Gets the windows merged into the baselines, sorted ordinally; the batch skips them next time.</summary>
    public IReadOnlyList<string> IncludedWindows { get; }
}
