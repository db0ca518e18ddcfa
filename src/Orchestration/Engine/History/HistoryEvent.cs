using System.Text.Json.Serialization;

namespace Tidewater.Orchestration.Engine.History;

/// <summary>
/// One line of an instance's history: the event-sourced record the orchestrator is replayed from. The names follow
/// Durable Task's history events.
/// </summary>
/// <remarks>WARNING: this JSON shape is persisted; changing it breaks the replay of in-flight instances.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OrchestratorStartedEvent), "OrchestratorStarted")]
[JsonDerivedType(typeof(ExecutionStartedEvent), "ExecutionStarted")]
[JsonDerivedType(typeof(TaskScheduledEvent), "TaskScheduled")]
[JsonDerivedType(typeof(TaskCompletedEvent), "TaskCompleted")]
[JsonDerivedType(typeof(TaskFailedEvent), "TaskFailed")]
[JsonDerivedType(typeof(TimerCreatedEvent), "TimerCreated")]
[JsonDerivedType(typeof(TimerFiredEvent), "TimerFired")]
[JsonDerivedType(typeof(SubOrchestrationCreatedEvent), "SubOrchestrationCreated")]
[JsonDerivedType(typeof(SubOrchestrationCompletedEvent), "SubOrchestrationCompleted")]
[JsonDerivedType(typeof(SubOrchestrationFailedEvent), "SubOrchestrationFailed")]
[JsonDerivedType(typeof(CustomStatusSetEvent), "CustomStatusSet")]
[JsonDerivedType(typeof(ExecutionCompletedEvent), "ExecutionCompleted")]
[JsonDerivedType(typeof(ExecutionFailedEvent), "ExecutionFailed")]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), "ExecutionTerminated")]
internal abstract record HistoryEvent;

/// <summary>An action the orchestrator took: it has a sequence number and is matched on replay.</summary>
/// <param name="TaskId">The sequence number (0, 1, 2, ... in the order the orchestrator made its calls).</param>
internal abstract record ActionEvent(int TaskId) : HistoryEvent
{
    /// <summary>What the orchestrator called, for messages: <c>activity 'Name'</c>.</summary>
    public abstract string Describe();
}

/// <summary>The result of an earlier action, addressed by its sequence number.</summary>
/// <param name="TaskScheduledId">The sequence number of the action this answers.</param>
internal abstract record ResultEvent(int TaskScheduledId) : HistoryEvent;
