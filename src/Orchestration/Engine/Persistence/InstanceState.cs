using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Persistence;

/// <summary>
/// The state blob of one instance: what operators query. A projection of the history (which stays the truth for
/// running instances), written when the status, custom status or output change.
/// </summary>
/// <remarks>WARNING: persisted JSON; changing its shape breaks existing task hubs.</remarks>
internal sealed record InstanceState
{
    public required string InstanceId { get; init; }

    public required string Name { get; init; }

    /// <summary>Changes each time the id is scheduled again (a finished instance replaced).</summary>
    public required string ExecutionId { get; init; }

    public OrchestrationRuntimeStatus Status { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>When a finished instance finished; null while it runs.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>When a Pending instance may start (<c>StartOrchestrationOptions.StartAt</c>).</summary>
    public DateTimeOffset? ScheduledStartAt { get; init; }

    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? CustomStatus { get; init; }

    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>The parent, for a sub-orchestration.</summary>
    public ParentInstance? Parent { get; init; }

    /// <summary>True once Completed, Failed or Terminated.</summary>
    public bool IsFinished => IsFinishedStatus(Status);

    /// <summary>True for Completed, Failed and Terminated.</summary>
    public static bool IsFinishedStatus(OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    /// <summary>The metadata a client sees.</summary>
    public OrchestrationMetadata ToMetadata(bool includeInputsAndOutputs) => new(Name, InstanceId)
    {
        RuntimeStatus = Status,
        CreatedAt = CreatedAt,
        LastUpdatedAt = LastUpdatedAt,
        SerializedInput = includeInputsAndOutputs ? Input : null,
        SerializedOutput = includeInputsAndOutputs ? Output : null,
        SerializedCustomStatus = CustomStatus,
        FailureDetails = FailureDetails,
    };
}
