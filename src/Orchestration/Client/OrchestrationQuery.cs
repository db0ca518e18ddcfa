namespace Tidewater.Orchestration;

/// <summary>A filter over instances (Durable's <c>OrchestrationQuery</c>, the parts the app uses).</summary>
/// <param name="CreatedFrom">Created at or after, if given.</param>
/// <param name="CreatedTo">Created at or before, if given.</param>
/// <param name="Statuses">Any of these statuses, if given.</param>
/// <param name="InstanceIdPrefix">Ids starting with this, if given.</param>
/// <param name="FetchInputsAndOutputs">Include inputs and outputs.</param>
public sealed record OrchestrationQuery(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null,
    string? InstanceIdPrefix = null,
    bool FetchInputsAndOutputs = false);
