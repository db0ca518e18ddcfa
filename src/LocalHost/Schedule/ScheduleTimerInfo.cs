namespace Tidewater.LocalHost.Schedule;

/// <summary>What an invocation learns about its occurrence, as the Functions <c>TimerInfo</c>.</summary>
/// <param name="ScheduleStatus">The status before this occurrence was claimed.</param>
/// <param name="IsPastDue">True when this is the single start-up invocation for occurrences missed while no host held the timer.</param>
public sealed record ScheduleTimerInfo(ScheduleStatus ScheduleStatus, bool IsPastDue);
