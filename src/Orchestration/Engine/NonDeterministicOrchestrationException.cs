namespace Tidewater.Orchestration.Engine;

/// <summary>
/// The orchestrator, replayed from history, made a different call at a sequence position than the history recorded
/// (DurableTask.Core's exception of the same name). The instance fails with it.
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    /// <summary>Creates the exception for the call at <paramref name="taskId"/>.</summary>
    public NonDeterministicOrchestrationException(int taskId, string details)
        : base("Non-deterministic workflow detected: " + details)
    {
        TaskId = taskId;
    }

    /// <summary>Creates the exception.</summary>
    public NonDeterministicOrchestrationException()
        : this(-1, "the replay diverged from the history.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public NonDeterministicOrchestrationException(string message)
        : base(message)
    {
        TaskId = -1;
    }

    /// <summary>Creates the exception.</summary>
    public NonDeterministicOrchestrationException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskId = -1;
    }

    /// <summary>The sequence position where the replay diverged; -1 if unknown.</summary>
    public int TaskId { get; }
}
