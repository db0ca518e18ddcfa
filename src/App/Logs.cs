using Microsoft.Extensions.Logging;

namespace Tidewater.App;

/// <summary>Every log message of the App layer, with stable event ids (1xxx). Never logs keys or payloads.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Opened segment {SegmentName}")]
    public static partial void SegmentOpened(ILogger logger, string segmentName);

    [LoggerMessage(1002, LogLevel.Error, "Append to window {WindowId} failed; the callers were told to retry")]
    public static partial void AppendFailed(ILogger logger, Exception exception, string windowId);

    [LoggerMessage(1003, LogLevel.Warning, "Closing a segment of window {WindowId} failed; it stays readable but unclosed")]
    public static partial void CloseFailed(ILogger logger, Exception exception, string windowId);

    [LoggerMessage(1010, LogLevel.Information, "Switched the real-time model to version {ModelVersion}")]
    public static partial void ModelSwitched(ILogger logger, string modelVersion);

    [LoggerMessage(1011, LogLevel.Warning, "Model refresh failed; scoring continues with the current model")]
    public static partial void ModelRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(1020, LogLevel.Information, "Ready: model {ModelVersion}, {Restored} recent event ids restored")]
    public static partial void StartupCompleted(ILogger logger, string modelVersion, int restored);

    [LoggerMessage(1021, LogLevel.Warning, "Storage is not reachable yet; retrying start-up in {Delay}")]
    public static partial void StartupRetrying(ILogger logger, Exception exception, TimeSpan delay);
}
