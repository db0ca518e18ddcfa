using System.Runtime.ExceptionServices;

namespace Tidewater.Orchestration.Engine.Runtime;

internal sealed partial class EngineOrchestrationContext
{
    /// <summary>
    /// Retries a call as DurableTask.Core's retry interceptor does: up to <c>MaxNumberOfAttempts</c> attempts; after
    /// a failure, if <c>HandleFailure</c> accepts it and the deterministic time is still before first attempt +
    /// <c>RetryTimeout</c>, a durable timer waits <c>DelayBeforeRetry(n)</c>; after the last attempt a zero-length
    /// timer fires first (Durable's back-compat timer, kept so sequence numbers match); then the last
    /// <see cref="TaskFailedException"/> is rethrown.
    /// </summary>
    private async Task<T> RetryAsync<T>(Func<Task<T>> attempt, RetryPolicy policy)
    {
        var firstAttempt = CurrentUtcDateTime;
        TaskFailedException? last = null;
        for (var retryCount = 0; retryCount < policy.MaxNumberOfAttempts; retryCount++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException e)
            {
                last = e;
            }

            if (retryCount + 1 == policy.MaxNumberOfAttempts)
            {
                await CreateTimer(CurrentUtcDateTime, CancellationToken.None);
                break;
            }

            var delay = NextDelay(policy, retryCount + 1, firstAttempt, last);
            if (delay == TimeSpan.Zero)
            {
                break;
            }

            var now = CurrentUtcDateTime;
            var fireAt = delay < DateTime.MaxValue - now ? now + delay : DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);
            await CreateTimer(fireAt, CancellationToken.None);
        }

        ExceptionDispatchInfo.Throw(last!);
        return default!; // unreachable
    }

    private TimeSpan NextDelay(RetryPolicy policy, int retry, DateTime firstAttempt, TaskFailedException failure)
    {
        bool retryable;
        try
        {
            retryable = policy.HandleFailure(failure.FailureDetails);
        }
#pragma warning disable CA1031 // Like Durable: a throwing filter means "do not retry".
        catch (Exception)
#pragma warning restore CA1031
        {
            retryable = false;
        }

        if (!retryable)
        {
            return TimeSpan.Zero;
        }

        var timedOut = policy.RetryTimeout != Timeout.InfiniteTimeSpan && CurrentUtcDateTime - firstAttempt >= policy.RetryTimeout;
        return timedOut ? TimeSpan.Zero : policy.DelayBeforeRetry(retry);
    }
}
