namespace Tidewater.Orchestration;

/// <summary>An activity or sub-orchestration failed: the one exception type orchestrators see (Durable's <c>TaskFailedException</c>).</summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails?.ErrorMessage}")
    {
        ArgumentNullException.ThrowIfNull(failureDetails);
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>Creates the exception.</summary>
    public TaskFailedException()
        : this("unknown", -1, new TaskFailureDetails("unknown", "unknown"))
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaskFailedException(string message)
        : this("unknown", -1, new TaskFailureDetails("unknown", message))
    {
    }

    /// <summary>Creates the exception.</summary>
    public TaskFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskName = "unknown";
        FailureDetails = TaskFailureDetails.FromException(innerException);
    }

    /// <summary>The failed activity's or sub-orchestration's name.</summary>
    public string TaskName { get; }

    /// <summary>The task's sequence number in the orchestration's history.</summary>
    public int TaskId { get; }

    /// <summary>What made it fail.</summary>
    public TaskFailureDetails FailureDetails { get; }
}
