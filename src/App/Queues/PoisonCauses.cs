namespace Tidewater.App.Queues;

/// <summary>The wire names of <see cref="PoisonCause"/>, as metric tag values.</summary>
public static class PoisonCauses
{
    /// <summary>The name of <paramref name="cause"/>: <c>undecodable</c>, <c>invalid</c> or <c>retries_exhausted</c>.</summary>
    public static string Name(PoisonCause cause) => cause switch
    {
        PoisonCause.Undecodable => "undecodable",
        PoisonCause.Invalid => "invalid",
        PoisonCause.RetriesExhausted => "retries_exhausted",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Unknown poison cause."),
    };
}
