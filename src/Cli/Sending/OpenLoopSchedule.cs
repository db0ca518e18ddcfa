namespace Tidewater.Cli.Sending;

/// <summary>
/// The fixed send times of a constant-rate run: request i is due at <c>start + i / requestsPerSecond</c>, whatever
/// happened to earlier requests (an open loop).
/// </summary>
/// <remarks>
/// Latency is measured from the due time, not from when the request actually left: when the target stalls and
/// requests queue up behind it, the wait counts, so a stall shows in the tail instead of silently slowing the
/// sender down ("coordinated omission"). Times are <see cref="TimeProvider"/> timestamps.
/// </remarks>
public sealed class OpenLoopSchedule
{
    private readonly long _startTimestamp;
    private readonly double _ticksPerRequest;

    /// <summary>Creates a schedule.</summary>
    /// <param name="startTimestamp">The timestamp request 0 is due at.</param>
    /// <param name="eventsPerSecond">The event rate; must be positive.</param>
    /// <param name="batchSize">Events per request; requests per second = events per second / batch size.</param>
    /// <param name="timestampFrequency">Timestamp ticks per second (<see cref="TimeProvider.TimestampFrequency"/>).</param>
    public OpenLoopSchedule(long startTimestamp, double eventsPerSecond, int batchSize, long timestampFrequency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(eventsPerSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timestampFrequency);
        _startTimestamp = startTimestamp;
        RequestsPerSecond = eventsPerSecond / batchSize;
        _ticksPerRequest = timestampFrequency / RequestsPerSecond;
    }

    /// <summary>Gets the request rate.</summary>
    public double RequestsPerSecond { get; }

    /// <summary>The timestamp request <paramref name="requestIndex"/> is due at.</summary>
    public long DueTimestamp(long requestIndex) => _startTimestamp + (long)Math.Round(requestIndex * _ticksPerRequest);

    /// <summary>How long to wait at <paramref name="nowTimestamp"/> until request <paramref name="requestIndex"/> is due; zero when it is late.</summary>
    public long TicksUntilDue(long requestIndex, long nowTimestamp) => Math.Max(0, DueTimestamp(requestIndex) - nowTimestamp);
}
