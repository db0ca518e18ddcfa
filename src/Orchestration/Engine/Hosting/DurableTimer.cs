namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// Calls back once the engine's <see cref="TimeProvider"/> reaches a due time, however far away (system timers
/// cap a due time at about 49 days, so long waits are armed in slices of a day).
/// </summary>
internal sealed class DurableTimer : IDisposable
{
    private static readonly TimeSpan MaxSlice = TimeSpan.FromDays(1);
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _dueAt;
    private readonly Action _fire;
    private readonly Lock _lock = new();
    private ITimer? _timer;
    private bool _done;

    private DurableTimer(TimeProvider time, DateTimeOffset dueAt, Action fire)
    {
        _time = time;
        _dueAt = dueAt;
        _fire = fire;
    }

    /// <summary>Arms a timer for <paramref name="dueAt"/>; a due time already past fires at once, on this thread.</summary>
    public static DurableTimer Start(TimeProvider time, DateTimeOffset dueAt, Action fire)
    {
        var timer = new DurableTimer(time, dueAt, fire);
        timer.Arm();
        return timer;
    }

    /// <summary>True once fired or disposed.</summary>
    public bool IsDone
    {
        get
        {
            lock (_lock)
            {
                return _done;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _done = true;
            _timer?.Dispose();
        }
    }

    private void Arm()
    {
        var wait = _dueAt - _time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            Fire();
            return;
        }

        // Created outside the lock: a fake clock may fire it before CreateTimer returns.
        var timer = _time.CreateTimer(static state => ((DurableTimer)state!).Arm(), this, wait < MaxSlice ? wait : MaxSlice, Timeout.InfiniteTimeSpan);
        lock (_lock)
        {
            if (!_done)
            {
                _timer?.Dispose();
                _timer = timer;
                return;
            }
        }

        timer.Dispose();
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_done)
            {
                return;
            }

            _done = true;
            _timer?.Dispose();
        }

        _fire();
    }
}
