namespace Tidewater.Orchestration;

/// <summary>
/// An instance's runtime status as operators see it. Durable's values map onto these: Running, Completed, Failed,
/// Terminated and Pending as themselves; Suspended as Running (the app never suspends; shown so operators are not
/// misled into thinking it is done); the obsolete ContinuedAsNew as Running and Canceled as Terminated.
/// </summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Scheduled, not started yet.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Completed,

    /// <summary>Finished with a failure.</summary>
    Failed,

    /// <summary>Stopped by an operator.</summary>
    Terminated,
}
