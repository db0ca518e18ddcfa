using Tidewater.Orchestration;
using Durable = Microsoft.DurableTask;
using DurableClient = Microsoft.DurableTask.Client;

namespace Tidewater.Functions.Orchestration;

/// <summary>One-to-one translations between our orchestration port's types and Durable's.</summary>
internal static class DurableMappings
{
    /// <summary>Activity options: only the retry policy travels.</summary>
    public static Durable.TaskOptions? ToDurableTaskOptions(TaskOptions? options) =>
        options?.Retry is { } retry ? Durable.TaskOptions.FromRetryPolicy(ToDurable(retry)) : null;

    /// <summary>Sub-orchestration options: the retry policy and the fixed child instance id.</summary>
    public static Durable.SubOrchestrationOptions? ToDurableSubOrchestrationOptions(SubOrchestrationOptions? options)
    {
        if (options is null || (options.Retry is null && options.InstanceId is null))
        {
            return null;
        }

        Durable.TaskRetryOptions? retry = null;
        if (options.Retry is { } policy)
        {
            retry = ToDurable(policy);
        }

        return new Durable.SubOrchestrationOptions(retry, options.InstanceId);
    }

    /// <summary>The same policy, validated by Durable; <see cref="RetryPolicy.HandleFailure"/> sees our failure type.</summary>
    public static Durable.RetryPolicy ToDurable(RetryPolicy policy) =>
        new(policy.MaxNumberOfAttempts, policy.FirstRetryInterval, policy.BackoffCoefficient, policy.MaxRetryInterval, policy.RetryTimeout)
        {
            HandleFailure = FailureFilter(policy),
        };

    /// <summary>The retry filter Durable calls: the policy's <see cref="RetryPolicy.HandleFailure"/> over our failure type.</summary>
    public static Func<Durable.TaskFailureDetails, bool> FailureFilter(RetryPolicy policy) =>
        failure => policy.HandleFailure(FromDurable(failure));

    public static TaskFailureDetails FromDurable(Durable.TaskFailureDetails failure) =>
        new(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, failure.InnerFailure is { } inner ? FromDurable(inner) : null);

    public static TaskFailedException FromDurable(Durable.TaskFailedException failure) =>
        new(failure.TaskName, failure.TaskId, FromDurable(failure.FailureDetails));

    public static Durable.StartOrchestrationOptions? ToDurable(StartOrchestrationOptions? options) =>
        options is null ? null : new Durable.StartOrchestrationOptions(options.InstanceId, options.StartAt);

    public static OrchestrationMetadata FromDurable(DurableClient.OrchestrationMetadata instance) =>
        new(instance.Name, instance.InstanceId)
        {
            RuntimeStatus = FromDurable(instance.RuntimeStatus),
            CreatedAt = instance.CreatedAt,
            LastUpdatedAt = instance.LastUpdatedAt,
            SerializedInput = instance.SerializedInput,
            SerializedOutput = instance.SerializedOutput,
            SerializedCustomStatus = instance.SerializedCustomStatus,
            FailureDetails = instance.FailureDetails is { } failure ? FromDurable(failure) : null,
        };

#pragma warning disable CS0618 // ContinuedAsNew and Canceled are obsolete in Durable but may still be reported.

    /// <summary>Durable's status as operators see it (see <see cref="OrchestrationRuntimeStatus"/>).</summary>
    public static OrchestrationRuntimeStatus FromDurable(DurableClient.OrchestrationRuntimeStatus status) => status switch
    {
        DurableClient.OrchestrationRuntimeStatus.Pending => OrchestrationRuntimeStatus.Pending,
        DurableClient.OrchestrationRuntimeStatus.Running => OrchestrationRuntimeStatus.Running,
        DurableClient.OrchestrationRuntimeStatus.Suspended => OrchestrationRuntimeStatus.Running,
        DurableClient.OrchestrationRuntimeStatus.ContinuedAsNew => OrchestrationRuntimeStatus.Running,
        DurableClient.OrchestrationRuntimeStatus.Completed => OrchestrationRuntimeStatus.Completed,
        DurableClient.OrchestrationRuntimeStatus.Failed => OrchestrationRuntimeStatus.Failed,
        DurableClient.OrchestrationRuntimeStatus.Terminated => OrchestrationRuntimeStatus.Terminated,
        DurableClient.OrchestrationRuntimeStatus.Canceled => OrchestrationRuntimeStatus.Terminated,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown Durable runtime status."),
    };

    /// <summary>The Durable statuses one of ours stands for (the inverse of <see cref="FromDurable(DurableClient.OrchestrationRuntimeStatus)"/>).</summary>
    public static IEnumerable<DurableClient.OrchestrationRuntimeStatus> ToDurable(OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Pending => [DurableClient.OrchestrationRuntimeStatus.Pending],
        OrchestrationRuntimeStatus.Running =>
            [DurableClient.OrchestrationRuntimeStatus.Running, DurableClient.OrchestrationRuntimeStatus.Suspended, DurableClient.OrchestrationRuntimeStatus.ContinuedAsNew],
        OrchestrationRuntimeStatus.Completed => [DurableClient.OrchestrationRuntimeStatus.Completed],
        OrchestrationRuntimeStatus.Failed => [DurableClient.OrchestrationRuntimeStatus.Failed],
        OrchestrationRuntimeStatus.Terminated => [DurableClient.OrchestrationRuntimeStatus.Terminated, DurableClient.OrchestrationRuntimeStatus.Canceled],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown runtime status."),
    };

#pragma warning restore CS0618

    public static DurableClient.OrchestrationQuery ToDurable(OrchestrationQuery? query) => new(
        CreatedFrom: query?.CreatedFrom,
        CreatedTo: query?.CreatedTo,
        Statuses: query?.Statuses is { } statuses ? statuses.SelectMany(ToDurable).Distinct().ToList() : null,
        InstanceIdPrefix: query?.InstanceIdPrefix,
        FetchInputsAndOutputs: query?.FetchInputsAndOutputs ?? false);
}
