namespace Tidewater.Cli.Generation;

/// <summary>What synthetic traffic to generate. Validated once through <see cref="Validate"/>.</summary>
/// <remarks>
/// The same options (including <see cref="Start"/>) give byte-identical events. Everything but <c>occurredAt</c> is
/// decided by <see cref="Seed"/>, <see cref="PopulationSeed"/> and the counts alone, so a different
/// <see cref="Start"/> shifts the times and changes nothing else.
/// </remarks>
public sealed class TrafficOptions
{
    /// <summary>The largest <see cref="Span"/>: 6 days, so events stay inside the host's 7-day age limit for a day.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(6);

    /// <summary>Gets or sets the seed of the traffic (which account pays what, when, fraud). The default is 1.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets the seed of the account population (ids, home countries, habits). The default is 1.</summary>
    /// <remarks>Kept apart from <see cref="Seed"/> so that two traffic seeds can share one population of accounts.</remarks>
    public int PopulationSeed { get; set; } = 1;

    /// <summary>Gets or sets how many accounts pay. The default is 1000; allowed 1 to 1,000,000.</summary>
    public int Accounts { get; set; } = 1000;

    /// <summary>Gets or sets how many events to generate, chargebacks included. The default is 1000; allowed 1 to 1,000,000,000.</summary>
    public long Count { get; set; } = 1000;

    /// <summary>Gets or sets the fraction of payments that are fraudulent. The default is 0.01; allowed 0 to 0.5.</summary>
    public double FraudRate { get; set; } = 0.01;

    /// <summary>Gets or sets the fraction of fraudulent payments later disputed by a chargeback. The default is 0.3; allowed 0 to 1.</summary>
    public double ChargebackRate { get; set; } = 0.3;

    /// <summary>Gets or sets the share of fraud incidents that are card testing (the rest are account takeovers). The default is 0.5; allowed 0 to 1.</summary>
    public double CardTestingShare { get; set; } = 0.5;

    /// <summary>Gets or sets the end of the time span events occur in (<c>occurredAt</c> is at most about this). No default: the CLI uses "now".</summary>
    public DateTimeOffset Start { get; set; }

    /// <summary>Gets or sets how far back before <see cref="Start"/> events occur. The default is 24 hours; allowed 1 minute to 6 days.</summary>
    public TimeSpan Span { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Lists every option that is out of its range.</summary>
    /// <returns>One message per problem; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Accounts is < 1 or > 1_000_000)
        {
            problems.Add($"accounts must be between 1 and 1000000 (was {Accounts}).");
        }

        if (Count is < 1 or > 1_000_000_000)
        {
            problems.Add($"count must be between 1 and 1000000000 (was {Count}).");
        }

        CheckFraction(problems, "fraud rate", FraudRate, 0.5);
        CheckFraction(problems, "chargeback rate", ChargebackRate, 1);
        CheckFraction(problems, "card testing share", CardTestingShare, 1);
        if (Span < TimeSpan.FromMinutes(1) || Span > MaxSpan)
        {
            problems.Add($"span must be between 1 minute and 6 days (was {Span:c}).");
        }

        return problems;
    }

    private static void CheckFraction(List<string> problems, string name, double value, double max)
    {
        if (!(value >= 0 && value <= max))
        {
            problems.Add(FormattableString.Invariant($"{name} must be between 0 and {max} (was {value})."));
        }
    }
}
