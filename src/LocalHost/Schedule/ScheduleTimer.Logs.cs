namespace Tidewater.LocalHost.Schedule;

public sealed partial class ScheduleTimer
{
    [LoggerMessage(3501, LogLevel.Information, "Timer {Timer} holds its lease and runs schedule '{Schedule}' (UTC); next occurrence {Next:o}")]
    private static partial void LogHolding(ILogger logger, string timer, string schedule, DateTimeOffset next);

    [LoggerMessage(3502, LogLevel.Information, "Timer {Timer} is on standby: another host holds its lease")]
    private static partial void LogStandby(ILogger logger, string timer);

    [LoggerMessage(3503, LogLevel.Information, "Timer {Timer} fired (past due: {IsPastDue}, run on startup: {RunOnStartup}, scheduled {Scheduled:o}); next occurrence {Next:o}")]
    private static partial void LogFiring(ILogger logger, string timer, bool isPastDue, bool runOnStartup, DateTimeOffset scheduled, DateTimeOffset next);

    [LoggerMessage(3504, LogLevel.Error, "Timer {Timer} invocation failed; the schedule goes on")]
    private static partial void LogInvocationFailed(ILogger logger, Exception exception, string timer);

    [LoggerMessage(3505, LogLevel.Warning, "Timer {Timer} lost its lease; it fires no more until it holds it again")]
    private static partial void LogLeaseLost(ILogger logger, string timer);

    [LoggerMessage(3506, LogLevel.Warning, "Timer {Timer}: storage failed; retrying in {Delay}")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, string timer, TimeSpan delay);

    [LoggerMessage(3507, LogLevel.Information, "Timer {Timer}: occurrence {Scheduled:o} was claimed by another instance")]
    private static partial void LogClaimedElsewhere(ILogger logger, string timer, DateTimeOffset scheduled);

    [LoggerMessage(3508, LogLevel.Information, "Timer {Timer}: status set to the current schedule; next occurrence {Next:o}")]
    private static partial void LogScheduleChanged(ILogger logger, string timer, DateTimeOffset next);
}
