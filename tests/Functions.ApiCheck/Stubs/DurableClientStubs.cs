// Signature stubs, compile-only: shared/reference/functions-api.md §3 "DurableTaskClient" and "Status types"
// (namespace Microsoft.DurableTask.Client). Every member throws; nothing runs them. Members marked "source" are not
// spelled out in functions-api.md and were read in microsoft/durabletask-dotnet @ ec41350.

#pragma warning disable CA1822, IDE0060

namespace Microsoft.DurableTask.Client;

/// <summary>§3: <c>enum OrchestrationRuntimeStatus { Running, Completed, ContinuedAsNew [Obsolete], Failed, Canceled [Obsolete], Terminated, Pending, Suspended }</c>.</summary>
public enum OrchestrationRuntimeStatus
{
    Running,
    Completed,
    [Obsolete("As in Durable.")]
    ContinuedAsNew,
    Failed,
    [Obsolete("As in Durable.")]
    Canceled,
    Terminated,
    Pending,
    Suspended,
}

/// <summary>§3: <c>sealed class OrchestrationMetadata(string name, string instanceId)</c> with init properties as listed.</summary>
public sealed class OrchestrationMetadata
{
    public OrchestrationMetadata(string name, string instanceId) => throw new NotSupportedException();

    /// <summary>Source: <c>src/Client/Core/OrchestrationMetadata.cs</c>.</summary>
    public string Name => throw new NotSupportedException();

    /// <summary>Source: <c>src/Client/Core/OrchestrationMetadata.cs</c>.</summary>
    public string InstanceId => throw new NotSupportedException();

    public OrchestrationRuntimeStatus RuntimeStatus { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public DateTimeOffset CreatedAt { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public DateTimeOffset LastUpdatedAt { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public string? SerializedInput { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public string? SerializedOutput { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public string? SerializedCustomStatus { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public TaskFailureDetails? FailureDetails { get => throw new NotSupportedException(); init => throw new NotSupportedException(); }

    public bool IsRunning => throw new NotSupportedException();

    public bool IsCompleted => throw new NotSupportedException();
}

/// <summary>§3: <c>record OrchestrationQuery(CreatedFrom, CreatedTo, Statuses, TaskHubNames, InstanceIdPrefix, int PageSize = 100, bool FetchInputsAndOutputs = false, string? ContinuationToken)</c> (types: source).</summary>
public record OrchestrationQuery(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IEnumerable<OrchestrationRuntimeStatus>? Statuses = null,
    IEnumerable<string>? TaskHubNames = null,
    string? InstanceIdPrefix = null,
    int PageSize = 100,
    bool FetchInputsAndOutputs = false,
    string? ContinuationToken = null);

/// <summary>§3: <c>record TerminateInstanceOptions(object? Output = null, bool Recursive = false)</c>.</summary>
public record TerminateInstanceOptions(object? Output = null, bool Recursive = false);

/// <summary>§3: <c>record PurgeInstanceOptions(bool Recursive = false)</c>.</summary>
public record PurgeInstanceOptions(bool Recursive = false);

/// <summary>§3: <c>record PurgeInstancesFilter(DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IEnumerable&lt;OrchestrationRuntimeStatus&gt;? Statuses = null)</c>.</summary>
public record PurgeInstancesFilter(DateTimeOffset? CreatedFrom = null, DateTimeOffset? CreatedTo = null, IEnumerable<OrchestrationRuntimeStatus>? Statuses = null);

/// <summary>§3: <c>class PurgeResult(int count[, bool? isComplete])</c> with <c>PurgedInstanceCount</c> and <c>IsComplete</c>.</summary>
public class PurgeResult
{
    public PurgeResult(int count) => throw new NotSupportedException();

    public PurgeResult(int count, bool? isComplete) => throw new NotSupportedException();

    public int PurgedInstanceCount => throw new NotSupportedException();

    public bool? IsComplete => throw new NotSupportedException();
}

/// <summary>§3 "DurableTaskClient": <c>public abstract class DurableTaskClient : IOrchestrationSubmitter, IAsyncDisposable</c>, only constructor <c>protected (string name)</c>.</summary>
public abstract class DurableTaskClient : IAsyncDisposable
{
    protected DurableTaskClient(string name) => throw new NotSupportedException();

    public abstract Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default);

    public virtual Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, CancellationToken cancellation) => throw new NotSupportedException();

    public virtual Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input, CancellationToken cancellation) => throw new NotSupportedException();

    public virtual Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, StartOrchestrationOptions options, CancellationToken cancellation = default) => throw new NotSupportedException();

    public virtual Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public abstract Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    public abstract AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null);

    public abstract Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default);

    public virtual Task TerminateInstanceAsync(string instanceId, object? output, CancellationToken cancellation = default) => throw new NotSupportedException();

    public virtual Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public virtual Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public virtual Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public abstract Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    public abstract Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    public abstract Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default);

    public abstract Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default);

    public virtual Task<string> RestartAsync(string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public virtual Task RewindInstanceAsync(string instanceId, string reason, CancellationToken cancellation = default) => throw new NotSupportedException();

    public abstract ValueTask DisposeAsync();
}
