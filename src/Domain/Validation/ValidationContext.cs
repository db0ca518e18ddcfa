namespace Tidewater.Domain.Validation;

/// <summary>What event validation compares times against.</summary>
/// <remarks>
/// Time is passed in rather than read from a clock so that validation stays pure and testable. A <see langword="null"/>
/// <see cref="Now"/> skips the time-window checks: the batch uses that when it re-scores stored events that were
/// in the window when they were accepted. <c>default(ValidationContext)</c> also skips them.
/// </remarks>
public readonly record struct ValidationContext
{
    /// <summary>Initializes a context with no current time and the default limits.</summary>
    public ValidationContext()
    {
        MaxAge = ValidationOptions.DefaultMaxAge;
        MaxFutureSkew = ValidationOptions.DefaultMaxFutureSkew;
    }

    /// <summary>Gets the current time, or <see langword="null"/> to skip the time-window checks.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Gets how far before <see cref="Now"/> an event may have occurred. The default is 7 days.</summary>
    public TimeSpan MaxAge { get; init; }

    /// <summary>Gets how far after <see cref="Now"/> an event may claim to have occurred. The default is 5 minutes.</summary>
    public TimeSpan MaxFutureSkew { get; init; }

    /// <summary>Gets a context that skips the time-window checks.</summary>
    public static ValidationContext WithoutTimeChecks => new();

    /// <summary>Creates a context that checks times against <paramref name="now"/> with the default limits.</summary>
    /// <param name="now">The current time.</param>
    /// <returns>The context.</returns>
    public static ValidationContext At(DateTimeOffset now) => new() { Now = now };
}
