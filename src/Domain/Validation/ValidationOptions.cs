using System.ComponentModel.DataAnnotations;

namespace Tidewater.Domain.Validation;

/// <summary>Configurable limits of event validation, bound from configuration by the hosts.</summary>
/// <remarks>Validated once at start-up through <see cref="Validate"/>, which lists every problem in one go.</remarks>
public sealed class ValidationOptions
{
    /// <summary>The largest accepted size of one event's JSON, in UTF-8 bytes (16 KiB).</summary>
    /// <remarks>Checked by the App on the raw bytes of each item before parsing; a real event is well under 1 KiB.</remarks>
    public const int MaxEventBytes = 16384;

    /// <summary>The default of <see cref="MaxAge"/>: 7 days.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromDays(7);

    /// <summary>The default of <see cref="MaxFutureSkew"/>: 5 minutes.</summary>
    public static readonly TimeSpan DefaultMaxFutureSkew = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how old an event may be when it arrives. The default is 7 days; allowed 1 minute to 366 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "366.00:00:00")]
    public TimeSpan MaxAge { get; set; } = DefaultMaxAge;

    /// <summary>Gets or sets how far in the future an event may claim to be, for client clock skew. The default is 5 minutes; allowed 0 to 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxFutureSkew { get; set; } = DefaultMaxFutureSkew;

    /// <summary>Lists every option that is out of its range.</summary>
    /// <returns>One message per problem; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxAge < TimeSpan.FromMinutes(1) || MaxAge > TimeSpan.FromDays(366))
        {
            problems.Add($"{nameof(MaxAge)} must be between 00:01:00 and 366.00:00:00 (was {MaxAge:c}).");
        }

        if (MaxFutureSkew < TimeSpan.Zero || MaxFutureSkew > TimeSpan.FromHours(1))
        {
            problems.Add($"{nameof(MaxFutureSkew)} must be between 00:00:00 and 01:00:00 (was {MaxFutureSkew:c}).");
        }

        return problems;
    }

    /// <summary>Creates the context that validation of one request or batch uses.</summary>
    /// <param name="now">The current time, or <see langword="null"/> to skip the time-window checks.</param>
    /// <returns>The context carrying these limits.</returns>
    public ValidationContext ToContext(DateTimeOffset? now) => new() { Now = now, MaxAge = MaxAge, MaxFutureSkew = MaxFutureSkew };
}
