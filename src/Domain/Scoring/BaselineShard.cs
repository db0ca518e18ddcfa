using System.Text;

namespace Tidewater.Domain.Scoring;

/// <summary>The baselines of the accounts whose ids hash to one shard.</summary>
/// <remarks>
/// Baselines are stored as <see cref="RiskModel.BaselineShardCount"/> blobs so that the App loads only the shard an
/// event needs, through a bounded cache. <see cref="IndexOf"/> must give the same answer in every process and
/// release, so it is FNV-1a (32-bit) over the UTF-8 of the id, never <see cref="string.GetHashCode()"/>, which is
/// randomized per process.
/// </remarks>
public sealed class BaselineShard
{
    // WARNING: changing the hash or its constants moves every account to another shard.
    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly Dictionary<string, AccountBaseline> _accounts;

    /// <summary>Initializes a shard with a copy of <paramref name="accounts"/>.</summary>
    /// <param name="accounts">The baselines by account id.</param>
    public BaselineShard(IReadOnlyDictionary<string, AccountBaseline> accounts)
        : this(new Dictionary<string, AccountBaseline>(accounts ?? throw new ArgumentNullException(nameof(accounts)), StringComparer.Ordinal))
    {
    }

    private BaselineShard(Dictionary<string, AccountBaseline> owned) => _accounts = owned;

    /// <summary>Gets a shard with no accounts.</summary>
    public static BaselineShard Empty { get; } = new(new Dictionary<string, AccountBaseline>(StringComparer.Ordinal));

    /// <summary>Gets the baselines by account id (ordinal).</summary>
    public IReadOnlyDictionary<string, AccountBaseline> Accounts => _accounts;

    /// <summary>Returns the baseline of <paramref name="accountId"/>, or <see langword="null"/> for an unknown account.</summary>
    /// <param name="accountId">The account id.</param>
    /// <returns>The baseline, if any.</returns>
    public AccountBaseline? Find(string accountId) => _accounts.GetValueOrDefault(accountId);

    /// <summary>Returns a shard with the accounts of both shards, merging the baselines of accounts in both.</summary>
    /// <param name="other">A shard of the same index built from other events.</param>
    /// <returns>The merged shard.</returns>
    public BaselineShard Merge(BaselineShard other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = new Dictionary<string, AccountBaseline>(_accounts, StringComparer.Ordinal);
        foreach (var (accountId, baseline) in other._accounts)
        {
            merged[accountId] = merged.TryGetValue(accountId, out var mine) ? mine.Merge(baseline) : baseline;
        }

        return new BaselineShard(merged);
    }

    /// <summary>Returns the shard that holds <paramref name="accountId"/>: FNV-1a of its UTF-8, modulo the count.</summary>
    /// <param name="accountId">The account id.</param>
    /// <param name="shardCount">The number of shards, at least 1.</param>
    /// <returns>An index in [0, <paramref name="shardCount"/>).</returns>
    public static int IndexOf(string accountId, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(accountId.Length);
        Span<byte> utf8 = maxBytes <= 512 ? stackalloc byte[512] : new byte[maxBytes];
        var length = Encoding.UTF8.GetBytes(accountId, utf8);
        var hash = FnvOffsetBasis;
        foreach (var b in utf8[..length])
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return (int)(hash % (uint)shardCount);
    }
}
