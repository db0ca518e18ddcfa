using Azure;
using NCrontab;

namespace Tidewater.LocalHost.Schedule;

/// <summary>
/// The Functions timer trigger emulated on the local host: an NCRONTAB schedule whose status is persisted
/// (<c>UseMonitor</c>), a past-due occurrence fired once at start, <c>RunOnStartup</c>, and one firing instance per
/// timer across hosts on the same storage (the holder of <see cref="IScheduleLease"/>).
/// </summary>
/// <remarks>
/// Each occurrence is claimed before the callback runs by an ETag-conditional write of the next status, so even two
/// instances that both believe they hold the lease fire it once. A crash during the callback therefore does not
/// repeat the occurrence at the next start (the Functions host would): the schedule's handler catches up anyway.
/// All waiting goes through <see cref="TimeProvider"/>.
/// </remarks>
public sealed partial class ScheduleTimer(
    string name,
    CrontabSchedule schedule,
    bool runOnStartup,
    ScheduleStatusStore store,
    IScheduleLease lease,
    Func<ScheduleTimerInfo, CancellationToken, Task> callback,
    TimeProvider time,
    ILogger logger)
{
    /// <summary>How long a non-holder waits before trying the lease again, and the back-off after a storage failure.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(15);

    /// <summary>The longest single wait; longer waits are split (a timer cannot wait ~49 days at once).</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    private volatile bool _isStandby;
    private bool _started;
    private long _invocations;
    private long _waitingForTicks;

    /// <summary>The occurrence this instance is waiting for as the lease holder; null while it is not (standby, firing, stopped).</summary>
    public DateTimeOffset? WaitingFor
    {
        get => Interlocked.Read(ref _waitingForTicks) is var ticks and not 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        private set => Interlocked.Exchange(ref _waitingForTicks, value?.UtcTicks ?? 0);
    }

    /// <summary>True while another instance holds the lease and this one waits to try again.</summary>
    public bool IsStandby
    {
        get => _isStandby;
        private set => _isStandby = value;
    }

    /// <summary>Invocations of the callback by this instance.</summary>
    public long Invocations => Interlocked.Read(ref _invocations);

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled, then releases the lease.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        bool standbyLogged = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!await lease.TryAcquireAsync(stoppingToken))
                    {
                        if (!standbyLogged)
                        {
                            LogStandby(logger, name);
                            standbyLogged = true;
                        }

                        var retry = Task.Delay(RetryInterval, time, stoppingToken);
                        IsStandby = true;
                        await retry;
                        continue;
                    }

                    IsStandby = false;
                    standbyLogged = false;
                    await HoldAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
                {
                    LogStorageFailed(logger, ex, name, RetryInterval);
                    await Task.Delay(RetryInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            WaitingFor = null;
            IsStandby = false;
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    private async Task FireOnScheduleAsync(CancellationToken heldToken, CancellationToken stoppingToken)
    {
        var (status, etag) = await LoadStatusAsync(adjustToSchedule: true, heldToken);
        LogHolding(logger, name, schedule.ToString(), status.Next);
        if (time.GetUtcNow() > status.Next)
        {
            (status, etag) = await FireAsync(status, etag, isPastDue: true, isStartup: true, heldToken, stoppingToken);
        }
        else if (runOnStartup && !_started)
        {
            (status, etag) = await FireAsync(status, etag, isPastDue: false, isStartup: true, heldToken, stoppingToken);
        }

        _started = true;
        while (true)
        {
            heldToken.ThrowIfCancellationRequested();
            var now = time.GetUtcNow();
            if (now < status.Next)
            {
                var wait = status.Next - now;
                var due = Task.Delay(wait < MaxWait ? wait : MaxWait, time, heldToken);
                WaitingFor = status.Next; // set once the delay is scheduled, so a test that sees it may move the clock
                await due;
                WaitingFor = null;
                continue;
            }

            (status, etag) = await FireAsync(status, etag, isPastDue: false, isStartup: false, heldToken, stoppingToken);
        }
    }
}
