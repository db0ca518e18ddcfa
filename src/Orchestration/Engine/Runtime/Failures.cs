namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>The failure details the engine records, named as Durable names them.</summary>
internal static class Failures
{
    /// <summary>Details of an exception; a <see cref="TaskFailedException"/> keeps its task's failure as the inner failure.</summary>
    public static TaskFailureDetails Of(Exception exception) => exception is TaskFailedException failed
        ? new TaskFailureDetails(typeof(TaskFailedException).FullName!, failed.Message, failed.StackTrace, failed.FailureDetails)
        : TaskFailureDetails.FromException(exception);

    /// <summary>No orchestrator of that name is registered.</summary>
    public static TaskFailureDetails OrchestratorNotFound(string name) =>
        new("OrchestratorTaskNotFound", $"No orchestrator task named '{name}' was found.");

    /// <summary>No activity of that name is registered.</summary>
    public static TaskFailureDetails ActivityNotFound(string name) =>
        new("ActivityTaskNotFound", $"No activity task named '{name}' was found.");

    /// <summary>A sub-orchestration was terminated.</summary>
    public static TaskFailureDetails Terminated(string instanceId, string? output) =>
        new("OrchestrationTerminated", $"The sub-orchestration instance '{instanceId}' was terminated. Output: {output ?? "null"}");

    /// <summary>A sub-orchestration id is taken by an instance that is still running.</summary>
    public static TaskFailureDetails AlreadyExists(string instanceId, OrchestrationRuntimeStatus status) =>
        new(typeof(InvalidOperationException).FullName!, $"An orchestration instance with ID '{instanceId}' and status '{status}' already exists.");

    /// <summary>The orchestrator awaited a task the context did not create.</summary>
    public static TaskFailureDetails MultithreadedExecution() => new(
        typeof(InvalidOperationException).FullName!,
        "Multithreaded execution was detected: the orchestrator awaited a task that the orchestration context did not " +
        "create (e.g. Task.Delay, Task.Run or I/O), or cancelled a timer from outside the orchestration. Orchestrators " +
        "may only await tasks of the context (activities, sub-orchestrations, timers) and Task.WhenAll/WhenAny over them.");
}
