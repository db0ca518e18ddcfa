namespace Tidewater.Domain.Scoring;

/// <summary>What to do with a payment, given its risk score.</summary>
/// <remarks>Wire names are <c>approve</c>, <c>review</c> and <c>decline</c>; see <see cref="DecisionNames"/>.</remarks>
public enum Decision
{
    /// <summary>Let the payment through.</summary>
    Approve,

    /// <summary>Let it through but queue it for a person to look at.</summary>
    Review,

    /// <summary>Refuse the payment.</summary>
    Decline,
}
