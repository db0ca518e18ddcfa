using Microsoft.Extensions.Logging;

namespace Tidewater.App;

/// <summary>The schedule's log messages (14xx).</summary>
internal static partial class Log
{
    [LoggerMessage(1401, LogLevel.Information, "Started batch {InstanceId} for sealed window {WindowId}")]
    public static partial void BatchStarted(ILogger logger, string instanceId, string windowId);

    [LoggerMessage(1402, LogLevel.Information,
        "Schedule run: started {StartedCount} batches [{Started}], {Existing} windows already had one, {Empty} were empty; last sealed window {LastSealed}, caught up: {CaughtUp}")]
    public static partial void ScheduleRun(ILogger logger, int startedCount, string started, int existing, int empty, string lastSealed, bool caughtUp);

    [LoggerMessage(1403, LogLevel.Warning, "Another schedule run moved the batch watermark first; this run's progress is examined again next time")]
    public static partial void WatermarkConflict(ILogger logger);
}
