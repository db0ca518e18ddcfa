namespace Tidewater.LocalHost.Queues;

/// <summary>
/// The idle polling delay: 100 ms after a poll that found messages, doubling after each empty poll up to the
/// maximum, as the Functions queue listener does (without its random jitter, so tests are deterministic).
/// </summary>
public sealed class PollingBackoff(TimeSpan maximum)
{
    /// <summary>The shortest delay.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMilliseconds(100);

    private readonly TimeSpan _maximum = maximum < Minimum ? Minimum : maximum;
    private TimeSpan _current = TimeSpan.Zero;

    /// <summary>The delay after an empty poll.</summary>
    public TimeSpan NextDelay()
    {
        _current = _current == TimeSpan.Zero ? Minimum : TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, _maximum.Ticks));
        return _current;
    }

    /// <summary>Resets after a poll that found messages.</summary>
    public void Reset() => _current = TimeSpan.Zero;
}
