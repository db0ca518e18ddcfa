namespace Tidewater.Orchestration;

/// <summary>
/// Durable's retry policy: at most <see cref="MaxNumberOfAttempts"/> attempts; the n-th retry waits
/// <c>min(FirstRetryInterval × BackoffCoefficient^(n-1), MaxRetryInterval)</c>; a failure is not retried once
/// <see cref="RetryTimeout"/> has passed since the first attempt (checked, as in Durable, when the attempt fails, so a
/// retry already waiting still runs); <see cref="HandleFailure"/> may refuse a retry.
/// </summary>
public sealed class RetryPolicy
{
    /// <summary>Creates a policy, validated as Durable validates it.</summary>
    /// <param name="maxNumberOfAttempts">Attempts in all, the first included; at least 1.</param>
    /// <param name="firstRetryInterval">Wait before the first retry; positive.</param>
    /// <param name="backoffCoefficient">Growth of the wait per retry; at least 1. The default is 1.</param>
    /// <param name="maxRetryInterval">Cap on one wait; at least the first interval, or <see cref="Timeout.InfiniteTimeSpan"/>
    /// for no cap (as in Durable). The default is one hour.</param>
    /// <param name="retryTimeout">Time from the first attempt after which a failure is not retried. The default is infinite.</param>
    public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null, TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        var maxInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        var timeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
        if (maxInterval != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxInterval, firstRetryInterval, nameof(maxRetryInterval));
        }

        if (timeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, firstRetryInterval, nameof(retryTimeout));
        }

        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxInterval;
        RetryTimeout = timeout;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>Wait before the first retry.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>Growth factor of the wait per retry.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>Cap on a single wait; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>Time from the first attempt after which a failure is not retried; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>Decides whether a failure may be retried. The default retries every failure.</summary>
    public Func<TaskFailureDetails, bool> HandleFailure { get; init; } = static _ => true;

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        double ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, retry - 1);
        var cap = MaxRetryInterval == Timeout.InfiniteTimeSpan ? TimeSpan.MaxValue : MaxRetryInterval;
        return ticks >= cap.Ticks ? cap : TimeSpan.FromTicks((long)ticks);
    }
}
