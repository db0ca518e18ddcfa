using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>Events per decision.</summary>
/// <param name="Approve">Approved.</param>
/// <param name="Review">Sent to review.</param>
/// <param name="Decline">Declined.</param>
public sealed record DecisionCounts(long Approve, long Review, long Decline)
{
    /// <summary>No events.</summary>
    public static DecisionCounts Zero { get; } = new(0, 0, 0);

    /// <summary>All events.</summary>
    public long Total => Approve + Review + Decline;

    /// <summary>These counts with one more <paramref name="decision"/>.</summary>
    public DecisionCounts Add(Decision decision) => decision switch
    {
        Decision.Approve => this with { Approve = Approve + 1 },
        Decision.Review => this with { Review = Review + 1 },
        _ => this with { Decline = Decline + 1 },
    };

    /// <summary>The sums of both.</summary>
    public DecisionCounts Plus(DecisionCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Approve + other.Approve, Review + other.Review, Decline + other.Decline);
    }
}
