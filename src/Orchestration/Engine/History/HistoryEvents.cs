namespace Tidewater.Orchestration.Engine.History;

// The concrete history events. WARNING: persisted JSON; see HistoryEvent.

/// <summary>Starts an episode: its time becomes <c>CurrentUtcDateTime</c>; <paramref name="Count"/> events (this one included) make it complete.</summary>
internal sealed record OrchestratorStartedEvent(DateTime Timestamp, int Count) : HistoryEvent;

/// <summary>The instance started: orchestrator name, input and, for a sub-orchestration, its parent.</summary>
internal sealed record ExecutionStartedEvent(string Name, string ExecutionId, string? Input, ParentInstance? Parent) : HistoryEvent;

/// <summary>The orchestrator scheduled an activity.</summary>
internal sealed record TaskScheduledEvent(int TaskId, string Name, string? Input) : ActionEvent(TaskId)
{
    public override string Describe() => $"activity '{Name}'";
}

/// <summary>An activity returned <paramref name="Result"/> (JSON).</summary>
internal sealed record TaskCompletedEvent(int TaskScheduledId, string? Result) : ResultEvent(TaskScheduledId);

/// <summary>An activity failed.</summary>
internal sealed record TaskFailedEvent(int TaskScheduledId, TaskFailureDetails FailureDetails) : ResultEvent(TaskScheduledId);

/// <summary>The orchestrator created a durable timer.</summary>
internal sealed record TimerCreatedEvent(int TaskId, DateTime FireAt) : ActionEvent(TaskId)
{
    public override string Describe() => $"timer at {FireAt:O}";
}

/// <summary>A durable timer fired.</summary>
internal sealed record TimerFiredEvent(int TaskScheduledId, DateTime FireAt) : ResultEvent(TaskScheduledId);

/// <summary>The orchestrator started a sub-orchestration.</summary>
internal sealed record SubOrchestrationCreatedEvent(int TaskId, string Name, string InstanceId, string? Input) : ActionEvent(TaskId)
{
    public override string Describe() => $"sub-orchestration '{Name}' (instance '{InstanceId}')";
}

/// <summary>A sub-orchestration completed with <paramref name="Result"/> (JSON).</summary>
internal sealed record SubOrchestrationCompletedEvent(int TaskScheduledId, string? Result) : ResultEvent(TaskScheduledId);

/// <summary>A sub-orchestration failed or was terminated.</summary>
internal sealed record SubOrchestrationFailedEvent(int TaskScheduledId, TaskFailureDetails FailureDetails) : ResultEvent(TaskScheduledId);

/// <summary>The custom status changed during the episode (JSON).</summary>
internal sealed record CustomStatusSetEvent(string? CustomStatus) : HistoryEvent;

/// <summary>The orchestrator returned <paramref name="Result"/> (JSON).</summary>
internal sealed record ExecutionCompletedEvent(string? Result) : HistoryEvent;

/// <summary>The orchestrator threw, or its replay was not deterministic.</summary>
internal sealed record ExecutionFailedEvent(TaskFailureDetails FailureDetails) : HistoryEvent;

/// <summary>An operator terminated the instance with <paramref name="Output"/> (JSON).</summary>
internal sealed record ExecutionTerminatedEvent(string? Output) : HistoryEvent;

/// <summary>The parent of a sub-orchestration: its instance, execution and the sequence number of the call.</summary>
internal sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskId);
