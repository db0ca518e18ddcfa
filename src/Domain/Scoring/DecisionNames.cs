namespace Tidewater.Domain.Scoring;

/// <summary>Maps <see cref="Decision"/> to and from its wire name.</summary>
/// <remarks>Wire names are part of the public JSON contract: never rename them.</remarks>
public static class DecisionNames
{
    /// <summary>The wire name of <see cref="Decision.Approve"/>.</summary>
    public const string Approve = "approve";

    /// <summary>The wire name of <see cref="Decision.Review"/>.</summary>
    public const string Review = "review";

    /// <summary>The wire name of <see cref="Decision.Decline"/>.</summary>
    public const string Decline = "decline";

    /// <summary>Returns the wire name of <paramref name="decision"/>.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns><c>approve</c>, <c>review</c> or <c>decline</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Decision"/>.</exception>
    public static string ToWire(Decision decision) => decision switch
    {
        Decision.Approve => Approve,
        Decision.Review => Review,
        Decision.Decline => Decline,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown decision."),
    };

    /// <summary>Parses a wire name (case-sensitive, ordinal).</summary>
    /// <param name="value">The wire name.</param>
    /// <param name="decision">The parsed decision when the method returns <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is a known wire name.</returns>
    public static bool TryParse(string? value, out Decision decision)
    {
        (var known, decision) = value switch
        {
            Approve => (true, Decision.Approve),
            Review => (true, Decision.Review),
            Decline => (true, Decision.Decline),
            _ => (false, Decision.Approve),
        };
        return known;
    }
}
