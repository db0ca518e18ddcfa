using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Tidewater.Domain.Events;
using Tidewater.Domain.Validation;

namespace Tidewater.Cli.Generation;

/// <summary>
/// Generates seeded synthetic payment traffic: ordinary payments that follow each account's habits, injected fraud
/// incidents (account takeover, card testing) and later chargebacks of some fraudulent payments.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic: one <see cref="Random"/> seeded with <see cref="TrafficOptions.Seed"/> drives every choice, and
/// no draw depends on <see cref="TrafficOptions.Start"/>, so the same options give byte-identical events and a
/// different start shifts only <c>occurredAt</c>. Event ids are <c>s{seed}-{n}</c>, n counting from 0.
/// </para>
/// <para>
/// Each slot n emits, in this order of precedence: a queued event that is due (the rest of a fraud burst, or a
/// chargeback), a new fraud incident (its first payment), or an ordinary payment. Incidents start with the
/// probability that makes <see cref="TrafficOptions.FraudRate"/> the expected fraction of fraudulent payments.
/// Queued events that would fall beyond <see cref="TrafficOptions.Count"/> are never emitted.
/// </para>
/// </remarks>
public sealed partial class TrafficGenerator
{
    private const double TravelShare = 0.02;
    private const double MeanAccountTakeoverSize = 2;  // 1 + Next(3)
    private const double MeanCardTestingSize = 10;     // 5 + Next(11)

    private readonly TrafficOptions _options;
    private readonly Random _random;
    private readonly AccountPopulation _accounts;
    private readonly Timeline _timeline;
    private readonly PriorityQueue<GeneratedEvent, (long Due, long Sequence)> _pending = new();
    private readonly double _incidentProbability;
    private readonly int _maxChargebackDelay;
    private long _next;
    private long _queued;

    /// <summary>Creates a generator.</summary>
    /// <param name="options">Valid options (see <see cref="TrafficOptions.Validate"/>).</param>
    /// <exception cref="ArgumentException">The options are not valid.</exception>
    public TrafficGenerator(TrafficOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _random = new Random(options.Seed);
        _accounts = new AccountPopulation(options.PopulationSeed, options.Accounts);
        _timeline = new Timeline(options.Start, options.Span, options.Count);
        var meanSize = (options.CardTestingShare * MeanCardTestingSize) + ((1 - options.CardTestingShare) * MeanAccountTakeoverSize);
        var fraud = options.FraudRate;
        _incidentProbability = fraud / ((meanSize * (1 - fraud)) + fraud);
        _maxChargebackDelay = (int)Math.Clamp(options.Count / 20, 1, 500);
    }

    /// <summary>Gets how many events this generator emits in all.</summary>
    public long Count => _options.Count;

    /// <summary>Gets how many events were emitted so far.</summary>
    public long Generated => _next;

    /// <summary>Emits the next event, or returns <see langword="false"/> after <see cref="Count"/> events.</summary>
    public bool TryNext([NotNullWhen(true)] out GeneratedEvent? generated)
    {
        if (_next >= _options.Count)
        {
            generated = null;
            return false;
        }

        var index = _next++;
        var id = string.Create(CultureInfo.InvariantCulture, $"s{_options.Seed}-{index}");
        if (_pending.TryPeek(out var queued, out var key) && key.Due <= index)
        {
            _pending.Dequeue();
            generated = queued with { Event = queued.Event with { Id = id } };
        }
        else if (_random.NextDouble() < _incidentProbability)
        {
            generated = _random.NextDouble() < _options.CardTestingShare ? StartCardTesting(index, id) : StartAccountTakeover(index, id);
        }
        else
        {
            generated = Ordinary(index, id);
        }

        if (generated.IsFraud)
        {
            MaybeQueueChargeback(index, generated.Event);
        }

        return true;
    }

    /// <summary>Emits every remaining event.</summary>
    public IEnumerable<GeneratedEvent> GenerateAll()
    {
        while (TryNext(out var generated))
        {
            yield return generated;
        }
    }

    private GeneratedEvent Ordinary(long index, string id)
    {
        var account = _accounts.Pick(_random);
        var occurredAt = _timeline.At(index, _random.NextDouble());
        var travelling = _random.NextDouble() < TravelShare;
        var foreign = CountryCatalog.PickForeign(_random, account.Home.Country);
        var channelDraw = _random.NextDouble();
        var channel = channelDraw < account.CardPresentShare ? PaymentChannel.CardPresent
            : channelDraw < account.CardPresentShare + account.TransferShare ? PaymentChannel.Transfer
            : PaymentChannel.Ecommerce;

        // Most payments go to the first usual categories: index = floor(u^2 * n) favours the front of the list.
        var usual = account.UsualCategories[(int)(Math.Pow(_random.NextDouble(), 2) * account.UsualCategories.Length)];
        var category = channel == PaymentChannel.Transfer ? MerchantCatalog.OrdinaryTransfer : usual;

        // Transfers are larger than card payments (rent, savings): about 4 times the account's median.
        var mu = account.AmountMu + (channel == PaymentChannel.Transfer ? Math.Log(4) : 0);
        var amount = Amount(_random.NextLogNormal(mu, account.AmountSigma), account.Home.Currency);
        var merchant = MerchantId(category, (account.Number * 31) + _random.Next(4));
        var paymentEvent = new PaymentEvent(id, EventType.Payment, null, account.Id, amount, account.Home.Currency,
            merchant, category, travelling ? foreign : account.Home.Country, channel, occurredAt);
        return new GeneratedEvent(paymentEvent, TrafficLabel.Legitimate);
    }

    private void Queue(GeneratedEvent generated, long due) => _pending.Enqueue(generated, (due, _queued++));

    /// <summary>Rounds to the currency's minor unit, at least one minor unit and at most the parser's maximum.</summary>
    private static decimal Amount(double value, string currency)
    {
        CurrencyCodes.TryGetMinorUnits(currency, out var minorUnits);
        var smallest = 1m / (decimal)Math.Pow(10, minorUnits);
        var rounded = Math.Round((decimal)Math.Clamp(value, 0, (double)PaymentEventParser.MaxAmount), minorUnits, MidpointRounding.ToEven);
        return Math.Clamp(rounded, smallest, PaymentEventParser.MaxAmount);
    }

    private static string MerchantId(string category, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"m-{category}-{number % 1000:D3}");
}
