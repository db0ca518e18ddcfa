namespace Tidewater.App.Batch;

/// <summary>An account and its highest batch score in the window.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Score">Its highest score.</param>
public sealed record RiskyAccount(string AccountId, double Score)
{
    /// <summary>The top <paramref name="count"/> accounts of both lists (an account in both keeps its higher score), riskiest first, ties by id.</summary>
    public static IReadOnlyList<RiskyAccount> Top(IEnumerable<RiskyAccount> accounts, int count) =>
        [.. accounts
            .GroupBy(a => a.AccountId, StringComparer.Ordinal)
            .Select(g => new RiskyAccount(g.Key, g.Max(a => a.Score)))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.AccountId, StringComparer.Ordinal)
            .Take(count)];

    /// <summary>The top <paramref name="count"/> of accounts given once each with their highest score, riskiest first, ties by id.</summary>
    public static IReadOnlyList<RiskyAccount> Top(IReadOnlyDictionary<string, double> highest, int count) =>
        [.. highest
            .OrderByDescending(h => h.Value)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Take(count)
            .Select(h => new RiskyAccount(h.Key, h.Value))];
}
