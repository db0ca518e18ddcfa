using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Commands;

/// <summary>The command-line options of the traffic generator, shared by <c>generate</c> and <c>send</c>.</summary>
public sealed class TrafficOptionSet
{
    private static readonly TrafficOptions Defaults = new();

    public Option<int> Seed { get; } = new("--seed")
    {
        Description = "Seed of the traffic; ids are s{seed}-{n}. Same seed and options give byte-identical events.",
        DefaultValueFactory = _ => Defaults.Seed,
    };

    public Option<int> PopulationSeed { get; } = new("--population-seed")
    {
        Description = "Seed of the account population (ids acct-{seed}-{n}, home countries, habits).",
        DefaultValueFactory = _ => Defaults.PopulationSeed,
    };

    public Option<int> Accounts { get; } = new("--accounts")
    {
        Description = "Number of accounts (1-1000000).",
        DefaultValueFactory = _ => Defaults.Accounts,
    };

    public Option<long> Count { get; } = new("--count", "-n")
    {
        Description = "Number of events, chargebacks included.",
        DefaultValueFactory = _ => Defaults.Count,
    };

    public Option<double> FraudRate { get; } = new("--fraud-rate")
    {
        Description = "Fraction of payments that are fraudulent (0-0.5).",
        DefaultValueFactory = _ => Defaults.FraudRate,
    };

    public Option<double> ChargebackRate { get; } = new("--chargeback-rate")
    {
        Description = "Fraction of fraudulent payments disputed later by a chargeback (0-1).",
        DefaultValueFactory = _ => Defaults.ChargebackRate,
    };

    public Option<double> CardTestingShare { get; } = new("--card-testing-share")
    {
        Description = "Share of fraud incidents that are card-testing bursts; the rest are account takeovers (0-1).",
        DefaultValueFactory = _ => Defaults.CardTestingShare,
    };

    public Option<DateTimeOffset?> Start { get; } = new("--start")
    {
        Description = "End of the time span events occur in, e.g. 2026-11-21T10:00:00Z. Default: now, to the second (printed, to reproduce a run).",
        CustomParser = ParseStart,
    };

    public Option<TimeSpan> Span { get; } = new("--span")
    {
        Description = "How far back before --start events occur (1m-6d), e.g. 24h.",
        DefaultValueFactory = _ => Defaults.Span,
        CustomParser = DurationParser.ParseArgument,
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in (Option[])[Seed, PopulationSeed, Accounts, Count, FraudRate, ChargebackRate, CardTestingShare, Start, Span])
        {
            command.Add(option);
        }
    }

    /// <summary>Reads the options; <paramref name="count"/> overrides <c>--count</c> when given (from <c>--duration</c>).</summary>
    public TrafficOptions Read(ParseResult parseResult, TimeProvider time, long? count = null)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(time);
        return new TrafficOptions
        {
            Seed = parseResult.GetValue(Seed),
            PopulationSeed = parseResult.GetValue(PopulationSeed),
            Accounts = parseResult.GetValue(Accounts),
            Count = count ?? parseResult.GetValue(Count),
            FraudRate = parseResult.GetValue(FraudRate),
            ChargebackRate = parseResult.GetValue(ChargebackRate),
            CardTestingShare = parseResult.GetValue(CardTestingShare),
            Start = parseResult.GetValue(Start) ?? WholeSeconds(time.GetUtcNow()),
            Span = parseResult.GetValue(Span),
        };
    }

    /// <summary>Gets a value indicating whether <c>--count</c> was given explicitly.</summary>
    public bool HasExplicitCount(ParseResult parseResult) => parseResult?.GetResult(Count) is { Implicit: false };

    private static DateTimeOffset WholeSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static DateTimeOffset? ParseStart(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start))
        {
            return start;
        }

        result.AddError($"'{token}' is not a date-time: use e.g. 2026-11-21T10:00:00Z.");
        return null;
    }
}
