using Tidewater.Domain.Events;
using Tidewater.Domain.Statistics;

namespace Tidewater.Domain.Scoring;

/// <summary>What is normal for one account (or, as <see cref="RiskModel.Population"/>, for all accounts).</summary>
/// <remarks>
/// <para>
/// Immutable and mergeable: the batch builds one baseline per account and window, and <see cref="Merge"/> combines
/// windows with the parallel variance formula and bounded set unions. The country and merchant-category sets keep at
/// most <see cref="MaxCodesPerSet"/> codes each, the ordinally smallest ones, which makes merges independent of order
/// and grouping; an account that has paid in more than 32 countries is unusual in itself, so the cap costs little.
/// </para>
/// <para>
/// Amounts are compared in major units whatever the currency: the domain has no exchange rates, and an account
/// normally pays in one currency. Only payments shape a baseline; chargebacks are labels, not behaviour.
/// </para>
/// </remarks>
public sealed class AccountBaseline : IEquatable<AccountBaseline>
{
    /// <summary>The most codes kept in <see cref="Countries"/> and in <see cref="MerchantCategories"/>.</summary>
    public const int MaxCodesPerSet = BoundedCodeSet.Capacity;

    private readonly BoundedCodeSet _countries;
    private readonly BoundedCodeSet _merchantCategories;

    /// <summary>Initializes a baseline; the sets are de-duplicated and cut to the <see cref="MaxCodesPerSet"/> smallest.</summary>
    /// <param name="amount">The statistics of the account's payment amounts.</param>
    /// <param name="countries">The countries the account has paid in.</param>
    /// <param name="merchantCategories">The merchant categories the account has paid at.</param>
    public AccountBaseline(RunningStats amount, IEnumerable<string> countries, IEnumerable<string> merchantCategories)
        : this(amount, BoundedCodeSet.From(countries), BoundedCodeSet.From(merchantCategories))
    {
    }

    private AccountBaseline(RunningStats amount, BoundedCodeSet countries, BoundedCodeSet merchantCategories)
    {
        Amount = amount;
        _countries = countries;
        _merchantCategories = merchantCategories;
    }

    /// <summary>Gets the baseline of an account with no payments.</summary>
    public static AccountBaseline Empty { get; } = new(RunningStats.Empty, BoundedCodeSet.Empty, BoundedCodeSet.Empty);

    /// <summary>Gets the statistics of the account's payment amounts.</summary>
    public RunningStats Amount { get; }

    /// <summary>Gets the countries the account has paid in (at most <see cref="MaxCodesPerSet"/>, ordinally smallest).</summary>
    public IReadOnlySet<string> Countries => _countries;

    /// <summary>Gets the merchant categories the account has paid at (at most <see cref="MaxCodesPerSet"/>, ordinally smallest).</summary>
    public IReadOnlySet<string> MerchantCategories => _merchantCategories;

    /// <summary>Builds the baseline of a sequence of events; chargebacks are skipped.</summary>
    /// <param name="events">The account's events, in the order they occurred.</param>
    /// <returns>The baseline.</returns>
    public static AccountBaseline FromEvents(IEnumerable<PaymentEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var amount = RunningStats.Empty;
        var countries = new List<string>();
        var categories = new List<string>();
        foreach (var e in events)
        {
            if (e.Type == EventType.Payment)
            {
                amount = amount.Add((double)e.Amount);
                countries.Add(e.Country);
                categories.Add(e.MerchantCategory);
            }
        }

        return new AccountBaseline(amount, countries, categories);
    }

    /// <summary>Returns this baseline with one more event; a chargeback leaves it unchanged.</summary>
    /// <param name="paymentEvent">The event.</param>
    /// <returns>The updated baseline.</returns>
    public AccountBaseline Observe(PaymentEvent paymentEvent)
    {
        ArgumentNullException.ThrowIfNull(paymentEvent);
        return paymentEvent.Type != EventType.Payment
            ? this
            : new AccountBaseline(
                Amount.Add((double)paymentEvent.Amount),
                _countries.With(paymentEvent.Country),
                _merchantCategories.With(paymentEvent.MerchantCategory));
    }

    /// <summary>Returns the baseline of the events of both this and <paramref name="other"/>.</summary>
    /// <param name="other">The baseline of another, disjoint set of events of the same account.</param>
    /// <returns>The combined baseline.</returns>
    public AccountBaseline Merge(AccountBaseline other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AccountBaseline(
            Amount.Merge(other.Amount),
            _countries.Union(other._countries),
            _merchantCategories.Union(other._merchantCategories));
    }

    /// <summary>Tells whether the account has certainly never paid in <paramref name="country"/>.</summary>
    /// <remarks>False for a code above the largest kept one of a full set: it may have been dropped at the cap.</remarks>
    internal bool IsNewCountry(string country) => _countries.IsKnownAbsent(country);

    /// <summary>Tells whether the account has certainly never paid at <paramref name="merchantCategory"/>.</summary>
    internal bool IsNewMerchantCategory(string merchantCategory) => _merchantCategories.IsKnownAbsent(merchantCategory);

    /// <inheritdoc/>
    public bool Equals(AccountBaseline? other) =>
        other is not null && Amount == other.Amount
        && _countries.SequenceEqual(other._countries) && _merchantCategories.SequenceEqual(other._merchantCategories);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AccountBaseline);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, _countries.Count, _merchantCategories.Count);
}
