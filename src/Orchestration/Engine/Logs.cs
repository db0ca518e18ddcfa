using Microsoft.Extensions.Logging;

namespace Tidewater.Orchestration.Engine;

/// <summary>Every log message of the local orchestration engine, with stable event ids (4xxx). Never logs inputs or outputs.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Orchestration engine started on task hub {HubName} (container {Container}); {Recovered} unfinished instances resumed")]
    public static partial void EngineStarted(ILogger logger, string hubName, string container, int recovered);

    [LoggerMessage(4002, LogLevel.Information, "Orchestration engine stopped on task hub {HubName}")]
    public static partial void EngineStopped(ILogger logger, string hubName);

    [LoggerMessage(4003, LogLevel.Information, "Host {HostId} holds the lease of task hub {HubName}")]
    public static partial void LeaseAcquired(ILogger logger, string hostId, string hubName);

    [LoggerMessage(4004, LogLevel.Warning, "Broke the lease of task hub {HubName}: its owner {Owner} is gone")]
    public static partial void LeaseBroken(ILogger logger, string hubName, string owner);

    [LoggerMessage(4005, LogLevel.Critical, "Lost the lease of task hub {HubName}; the engine stops processing")]
    public static partial void LeaseLost(ILogger logger, Exception exception, string hubName);

    [LoggerMessage(4006, LogLevel.Warning, "Renewing the lease of task hub {HubName} failed; retrying")]
    public static partial void LeaseRenewFailed(ILogger logger, Exception exception, string hubName);

    [LoggerMessage(4010, LogLevel.Information, "Scheduled orchestration {Name} as instance {InstanceId}")]
    public static partial void InstanceScheduled(ILogger logger, string name, string instanceId);

    [LoggerMessage(4011, LogLevel.Information, "Instance {InstanceId} of {Name} finished: {Status}")]
    public static partial void InstanceFinished(ILogger logger, string instanceId, string name, OrchestrationRuntimeStatus status);

    [LoggerMessage(4012, LogLevel.Error, "Instance {InstanceId} failed its replay: {Reason}")]
    public static partial void NonDeterminism(ILogger logger, string instanceId, string reason);

    [LoggerMessage(4013, LogLevel.Information, "Terminating instance {InstanceId}")]
    public static partial void Terminating(ILogger logger, string instanceId);

    [LoggerMessage(4020, LogLevel.Warning, "Processing instance {InstanceId} failed on storage; it reloads from its history and retries in {Delay}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string instanceId, TimeSpan delay);

    [LoggerMessage(4021, LogLevel.Error, "The stored state or history of instance {InstanceId} is unreadable; the instance is left as it is")]
    public static partial void InstanceUnreadable(ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(4022, LogLevel.Critical, "An orchestration engine worker failed; the engine stops processing")]
    public static partial void WorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(4030, LogLevel.Information, "Retention purged {Count} instances that finished before {Cutoff}")]
    public static partial void RetentionPurged(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(4031, LogLevel.Warning, "Retention run failed; it runs again in {Interval}")]
    public static partial void RetentionFailed(ILogger logger, Exception exception, TimeSpan interval);

    [LoggerMessage(4040, LogLevel.Critical, "Another live host runs task hub {HubName}; this host stops")]
    public static partial void HubTaken(ILogger logger, Exception exception, string hubName);

    [LoggerMessage(4041, LogLevel.Warning, "Storage is not reachable; the orchestration engine tries to start again in {Delay}")]
    public static partial void StartRetrying(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(4042, LogLevel.Warning, "Could not release the lease of task hub {HubName} on stop; it expires by itself")]
    public static partial void LeaseReleaseFailed(ILogger logger, Exception exception, string hubName);
}
