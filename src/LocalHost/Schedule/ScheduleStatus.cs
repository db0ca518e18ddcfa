namespace Tidewater.LocalHost.Schedule;

/// <summary>A timer's persisted status, as the Functions timer trigger keeps it with <c>UseMonitor</c>.</summary>
/// <param name="Last">When it last fired (<see cref="DateTimeOffset.MinValue"/>: never, or the schedule changed since).</param>
/// <param name="Next">The occurrence it waits for; at start-up, a <c>Next</c> in the past means past due.</param>
/// <param name="LastUpdated">When <paramref name="Next"/> was computed.</param>
public sealed record ScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated)
{
    /// <summary>The value of <see cref="Last"/> before the first occurrence.</summary>
    public static readonly DateTimeOffset Never = DateTimeOffset.MinValue;
}
