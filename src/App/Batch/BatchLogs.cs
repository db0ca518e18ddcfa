using Microsoft.Extensions.Logging;

namespace Tidewater.App;

/// <summary>The batch path's log messages (15xx).</summary>
internal static partial class Log
{
    [LoggerMessage(1501, LogLevel.Information, "Batch {InstanceId} planned window {WindowId}: {Segments} segments, {Chunks} chunks, model {ModelVersion}")]
    public static partial void BatchPlanned(ILogger logger, string instanceId, string windowId, int segments, int chunks, string modelVersion);

    [LoggerMessage(1502, LogLevel.Information, "Window {WindowId} had no stored id set; built it from its segments ({Ids} ids)")]
    public static partial void WindowIdsBuilt(ILogger logger, string windowId, int ids);

    [LoggerMessage(1503, LogLevel.Information, "Window {WindowId}: {Counted} ids counted, {InWindow} repeats in the window and {OfPrevious} of the previous window skipped")]
    public static partial void DuplicatesResolved(ILogger logger, string windowId, long counted, long inWindow, long ofPrevious);

    [LoggerMessage(1504, LogLevel.Warning, "Window {WindowId} chunk {Chunk}: {Malformed} records could not be read and were not counted")]
    public static partial void MalformedRecords(ILogger logger, string windowId, int chunk, int malformed);

    [LoggerMessage(1510, LogLevel.Information, "Batch {InstanceId} merged window {WindowId} into model {BaseVersion} as {ModelVersion} ({Accounts} accounts, refit {Refit})")]
    public static partial void ModelRefreshed(ILogger logger, string instanceId, string windowId, string baseVersion, string modelVersion, long accounts, string refit);

    [LoggerMessage(1511, LogLevel.Information, "Batch {InstanceId}: model {ModelVersion} already includes window {WindowId}; not merged again")]
    public static partial void WindowAlreadyIncluded(ILogger logger, string instanceId, string windowId, string modelVersion);

    [LoggerMessage(1512, LogLevel.Information, "Batch {InstanceId} published model {ModelVersion} (from {BaseVersion})")]
    public static partial void ModelPublished(ILogger logger, string instanceId, string modelVersion, string baseVersion);

    [LoggerMessage(1513, LogLevel.Warning, "Batch {InstanceId} did not publish model {ModelVersion}: the current pointer moved to a model it does not descend from")]
    public static partial void ModelSuperseded(ILogger logger, string instanceId, string modelVersion);

    [LoggerMessage(1520, LogLevel.Information, "Batch {InstanceId} reported window {WindowId}: {Events} events, checksum {Checksum}")]
    public static partial void ReportWritten(ILogger logger, string instanceId, string windowId, long events, string checksum);

    [LoggerMessage(1530, LogLevel.Debug, "Activity {Activity} of {InstanceId} started")]
    public static partial void ActivityStarted(ILogger logger, string activity, string instanceId);

    [LoggerMessage(1531, LogLevel.Debug, "Activity {Activity} of {InstanceId} completed in {ElapsedMs:F0} ms")]
    public static partial void ActivityCompleted(ILogger logger, string activity, string instanceId, double elapsedMs);

    [LoggerMessage(1532, LogLevel.Warning, "Activity {Activity} of {InstanceId} failed after {ElapsedMs:F0} ms")]
    public static partial void ActivityFailed(ILogger logger, Exception exception, string activity, string instanceId, double elapsedMs);
}
