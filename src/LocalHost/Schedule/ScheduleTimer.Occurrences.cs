using Azure;
using Tidewater.App.Schedule;

namespace Tidewater.LocalHost.Schedule;

public sealed partial class ScheduleTimer
{
    /// <summary>
    /// Reads the status, writing the first one (next occurrence after now) if there is none, and, at start, moving
    /// <c>Next</c> to the current schedule if the expression changed since it was computed (as the Functions host does,
    /// so a schedule change does not look past due).
    /// </summary>
    private async Task<(ScheduleStatus Status, ETag ETag)> LoadStatusAsync(bool adjustToSchedule, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (status, etag) = await store.ReadAsync(cancellationToken);
            var now = time.GetUtcNow();
            var wanted = status is null ? new ScheduleStatus(ScheduleStatus.Never, schedule.NextAfter(now), now)
                : adjustToSchedule ? AdjustToSchedule(status, now)
                : status;
            if (ReferenceEquals(wanted, status) && etag is { } current)
            {
                return (status, current);
            }

            if (await store.TryWriteAsync(wanted, etag, cancellationToken) is { } written)
            {
                if (status is not null)
                {
                    LogScheduleChanged(logger, name, wanted.Next);
                }

                return (wanted, written);
            }
        }
    }

    private ScheduleStatus AdjustToSchedule(ScheduleStatus status, DateTimeOffset now)
    {
        var basis = status.Last > ScheduleStatus.Never ? status.Last
            : status.LastUpdated > ScheduleStatus.Never ? status.LastUpdated
            : now;
        var expected = schedule.NextAfter(basis);
        if (status.Next == expected)
        {
            return status;
        }

        // The schedule changed since Next was computed; an expected occurrence already past is not treated as past due.
        return now > expected
            ? new ScheduleStatus(ScheduleStatus.Never, schedule.NextAfter(now), now)
            : new ScheduleStatus(ScheduleStatus.Never, expected, basis);
    }

    /// <summary>Claims the occurrence by an ETag-conditional status write, then runs the callback.</summary>
    /// <returns>The status after the claim, or the current one if another instance claimed first.</returns>
    private async Task<(ScheduleStatus Status, ETag ETag)> FireAsync(ScheduleStatus status, ETag etag, bool isPastDue, bool isStartup,
        CancellationToken heldToken, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();

        // As the Functions host: a scheduled invocation counts as at its occurrence even if it runs a little early
        // (clock skew); start-up invocations count as now. The next occurrence follows that instant, so however many
        // occurrences were missed, one invocation covers them.
        var invokedAt = isStartup || now > status.Next ? now : status.Next;
        var claimed = new ScheduleStatus(invokedAt, schedule.NextAfter(invokedAt), now);
        if (await store.TryWriteAsync(claimed, etag, heldToken) is not { } claimedETag)
        {
            LogClaimedElsewhere(logger, name, status.Next);
            return await LoadStatusAsync(adjustToSchedule: false, heldToken);
        }

        LogFiring(logger, name, isPastDue, isStartup && !isPastDue, status.Next, claimed.Next);
        Interlocked.Increment(ref _invocations);
        try
        {
            await callback(new ScheduleTimerInfo(status, isPastDue), stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The trigger boundary: as under the Functions host, a failed invocation is logged and the schedule goes on.
            LogInvocationFailed(logger, ex, name);
        }

        return (claimed, claimedETag);
    }
}
