namespace Tidewater.Cli.Sending;

/// <summary>The result of sending one batch.</summary>
/// <param name="Status">Accepted, rejected or failed.</param>
/// <param name="StatusCode">The HTTP status, or 0 when there was no response.</param>
/// <param name="Decisions">The decisions in the answer (HTTP only).</param>
/// <param name="Detail">Why it was rejected or failed (a problem title, an exception message); null when accepted.</param>
public readonly record struct SendOutcome(SendStatus Status, int StatusCode, DecisionCounts Decisions, string? Detail)
{
    /// <summary>An accepted batch with no decisions to report.</summary>
    public static SendOutcome Accepted(int statusCode = 0) => new(SendStatus.Accepted, statusCode, default, null);

    /// <summary>A batch that failed without a response.</summary>
    public static SendOutcome Failed(string detail) => new(SendStatus.Failed, 0, default, detail);
}
