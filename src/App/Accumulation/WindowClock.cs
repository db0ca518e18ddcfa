using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;

namespace Tidewater.App.Accumulation;

/// <summary>Maps receive times to windows and decides when a window is sealed, on the host clock (UTC).</summary>
/// <remarks>
/// Windows are aligned to the Unix epoch, so with a length that divides a day they start on round hours/minutes.
/// A writer stops appending to a window at <see cref="AppendDeadline"/> (half way through the grace period), so
/// by the time a window is sealed no append to it can still be in flight.
/// </remarks>
public sealed class WindowClock(IOptions<AccumulationOptions> options, TimeProvider time)
{
    private readonly TimeSpan _length = options.Value.Window;
    private readonly TimeSpan _grace = options.Value.SealGrace;

    /// <summary>The window length.</summary>
    public TimeSpan Length => _length;

    /// <summary>The window that contains <paramref name="instant"/>.</summary>
    public WindowKey WindowOf(DateTimeOffset instant)
    {
        long ticks = instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        long start = ticks - (ticks % _length.Ticks);
        return new WindowKey(DateTimeOffset.UnixEpoch.AddTicks(start), _length);
    }

    /// <summary>The window open now.</summary>
    public WindowKey Current => WindowOf(time.GetUtcNow());

    /// <summary>The last moment a writer may append to <paramref name="window"/>.</summary>
    public DateTimeOffset AppendDeadline(WindowKey window) => window.End + (_grace / 2);

    /// <summary>When <paramref name="window"/> counts as sealed: its end plus the grace period.</summary>
    public DateTimeOffset SealedAt(WindowKey window) => window.End + _grace;

    /// <summary>True once <paramref name="window"/> is sealed at the current time.</summary>
    public bool IsSealed(WindowKey window) => time.GetUtcNow() >= SealedAt(window);
}
