namespace Tidewater.Domain.Scoring;

/// <summary>The scores at which a payment goes to review and is declined.</summary>
/// <remarks>
/// Kept outside <see cref="RiskModel"/> because it is business policy (how much friction to accept), set per
/// deployment, while the model describes risk. Both bounds are inclusive: a score equal to <see cref="Decline"/>
/// is declined.
/// </remarks>
public sealed record DecisionThresholds
{
    /// <summary>Initializes the thresholds.</summary>
    /// <param name="review">The lowest score sent to review. The default is 0.5.</param>
    /// <param name="decline">The lowest score declined. The default is 0.85.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside (0, 1), or <paramref name="review"/> is not below <paramref name="decline"/>.</exception>
    public DecisionThresholds(double review = 0.5, double decline = 0.85)
    {
        if (!(review > 0 && review < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(review), review, "The review threshold must be in (0, 1).");
        }

        if (!(decline > 0 && decline < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(decline), decline, "The decline threshold must be in (0, 1).");
        }

        if (review >= decline)
        {
            throw new ArgumentOutOfRangeException(nameof(review), review, "The review threshold must be below the decline threshold.");
        }

        Review = review;
        Decline = decline;
    }

    /// <summary>Gets the thresholds 0.5 (review) and 0.85 (decline).</summary>
    public static DecisionThresholds Default { get; } = new();

    /// <summary>Gets the lowest score sent to review. The default is 0.5.</summary>
    public double Review { get; }

    /// <summary>Gets the lowest score declined. The default is 0.85.</summary>
    public double Decline { get; }

    /// <summary>Returns the decision for <paramref name="score"/>.</summary>
    /// <param name="score">A risk score in [0, 1].</param>
    /// <returns>Decline at or above <see cref="Decline"/>, review at or above <see cref="Review"/>, else approve.</returns>
    public Decision Decide(double score) =>
        score >= Decline ? Decision.Decline : score >= Review ? Decision.Review : Decision.Approve;
}
