namespace Tidewater.Testing;

/// <summary>A timer of <see cref="FakeTimeProvider"/>: fires only when the fake clock reaches its due time.</summary>
internal sealed class FakeTimer : ITimer
{
    private readonly FakeTimeProvider _owner;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private volatile bool _disposed;

    public FakeTimer(FakeTimeProvider owner, TimerCallback callback, object? state)
    {
        _owner = owner;
        _callback = callback;
        _state = state;
    }

    /// <summary>The fake timestamp at which it fires next; null when not scheduled. Guarded by the owner's lock.</summary>
    internal long? DueTicks { get; set; }

    /// <summary>The period in ticks for a periodic timer, else null. Guarded by the owner's lock.</summary>
    internal long? Period { get; set; }

    /// <summary>Orders timers due at the same instant by when they were scheduled.</summary>
    internal long Sequence { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_disposed)
        {
            return false;
        }

        _owner.Schedule(this, dueTime, period);
        return true;
    }

    internal void Fire()
    {
        if (!_disposed)
        {
            _callback(_state);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _owner.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
