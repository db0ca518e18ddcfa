namespace Tidewater.Orchestration;

/// <summary>Options of an activity call: its retry policy (Durable's <c>TaskOptions</c>).</summary>
/// <param name="Retry">The retry policy; null means one attempt.</param>
public record TaskOptions(RetryPolicy? Retry = null)
{
    /// <summary>Options that retry with <paramref name="policy"/>.</summary>
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}
