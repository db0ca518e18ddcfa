namespace Tidewater.LocalHost.Durable;

/// <summary>The local engine's log messages (event ids 9400-9419).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 9400, Level = LogLevel.Information, Message = "Task hub {HubName} ready on {Endpoint} ({PartitionCount} partitions, worker {WorkerId}) in {ElapsedMs} ms")]
    public static partial void HubReady(this ILogger logger, string hubName, string endpoint, int partitionCount, string workerId, long elapsedMs);

    [LoggerMessage(EventId = 9401, Level = LogLevel.Information, Message = "Stopping the engine of task hub {HubName}")]
    public static partial void Stopping(this ILogger logger, string hubName);

    [LoggerMessage(EventId = 9403, Level = LogLevel.Warning, Message = "Task hub {HubName}: the provider did not stop within the host's shutdown timeout; this worker's partition leases expire and another host takes them over")]
    public static partial void StopTimedOut(this ILogger logger, string hubName);

    [LoggerMessage(EventId = 9404, Level = LogLevel.Warning, Message = "Task hub {HubName} cannot be created or reached yet ({Reason}); retrying in {DelaySeconds} s. Batches start once storage answers")]
    public static partial void HubUnreachable(this ILogger logger, string hubName, string reason, double delaySeconds);

    [LoggerMessage(EventId = 9402, Level = LogLevel.Information, Message = "Engine of task hub {HubName} stopped")]
    public static partial void Stopped(this ILogger logger, string hubName);
}
