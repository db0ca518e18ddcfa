namespace Tidewater.Cli.Sending;

/// <summary>How many events of an answer got each decision; duplicates are counted apart, as well as in their decision.</summary>
/// <param name="Approve">Approved events.</param>
/// <param name="Review">Events sent for review.</param>
/// <param name="Decline">Declined events.</param>
/// <param name="Duplicate">Events the host had already accepted (it answered with the remembered decision).</param>
public readonly record struct DecisionCounts(long Approve, long Review, long Decline, long Duplicate)
{
    /// <summary>Gets the number of decisions.</summary>
    public long Total => Approve + Review + Decline;
}
