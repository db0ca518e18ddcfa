namespace Tidewater.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test says so. Timers (and so
/// <c>Task.Delay(delay, fakeTime)</c>) fire during <see cref="Advance"/>/<see cref="SetUtcNow"/>, in due-time order,
/// on the calling thread; periodic timers are rescheduled. Thread-safe.
/// </summary>
/// <remarks>A stand-in for Microsoft.Extensions.TimeProvider.Testing, which cannot be restored here.</remarks>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private long _timestampTicks;
    private long _targetTicks; // where every Advance so far says the clock is going; >= _timestampTicks
    private long _sequence;

    /// <summary>Starts at 2026-01-01T00:00:00Z.</summary>
    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Starts at <paramref name="startTime"/>.</summary>
    public FakeTimeProvider(DateTimeOffset startTime)
    {
        _now = startTime.ToUniversalTime();
    }

    /// <summary>The time zone of <see cref="TimeProvider.GetLocalNow"/>. The default is UTC.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZone;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>The number of timers that are scheduled to fire.</summary>
    public int ActiveTimerCount
    {
        get
        {
            lock (_lock)
            {
                return _timers.Count(t => t.DueTicks is not null);
            }
        }
    }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp()
    {
        lock (_lock)
        {
            return _timestampTicks;
        }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way, in order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        long target;
        lock (_lock)
        {
            // Concurrent Advance calls add up: each moves the shared target, then helps run timers up to it.
            _targetTicks += delta.Ticks;
            target = _targetTicks;
        }

        RunUntil(target);
    }

    /// <summary>Sets the clock to <paramref name="value"/>, firing timers that fall due on the way.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is earlier than now: time never goes back.</exception>
    public void SetUtcNow(DateTimeOffset value)
    {
        TimeSpan delta;
        lock (_lock)
        {
            delta = value - (_now + TimeSpan.FromTicks(_targetTicks - _timestampTicks));
        }

        if (delta < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The fake clock cannot go back in time.");
        }

        Advance(delta);
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new FakeTimer(this, callback, state);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    internal void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            timer.Period = period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero ? null : period.Ticks;
            timer.DueTicks = dueTime == Timeout.InfiniteTimeSpan ? null : _timestampTicks + Math.Max(0, dueTime.Ticks);
            timer.Sequence = ++_sequence;
        }

        // Like a real timer, a due time of zero fires at once.
        RunUntil(GetTimestamp());
    }

    internal void Remove(FakeTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private void RunUntil(long targetTicks)
    {
        while (true)
        {
            FakeTimer? next;
            lock (_lock)
            {
                next = _timers
                    .Where(t => t.DueTicks is { } due && due <= targetTicks)
                    .OrderBy(t => t.DueTicks)
                    .ThenBy(t => t.Sequence)
                    .FirstOrDefault();
                var moveTo = next?.DueTicks ?? targetTicks;
                if (moveTo > _timestampTicks)
                {
                    _now += TimeSpan.FromTicks(moveTo - _timestampTicks);
                    _timestampTicks = moveTo;
                }

                if (next is null)
                {
                    return;
                }

                next.DueTicks = next.Period is { } period ? next.DueTicks + period : null;
                next.Sequence = ++_sequence;
            }

            next.Fire();
        }
    }

    /// <summary>Advances by <paramref name="step"/>, lets continuations run, then reads <paramref name="probe"/> (for polling on fake time).</summary>
    public async Task<T> AdvanceThenAsync<T>(TimeSpan step, Func<T> probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        Advance(step);
        await Task.Yield();
        return probe();
    }

    /// <summary>Advances by <paramref name="step"/>, then awaits <paramref name="probe"/> (for polling on fake time).</summary>
    public async Task<T> AdvanceThenAsync<T>(TimeSpan step, Func<Task<T>> probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        Advance(step);
        return await probe();
    }
}
