using Tidewater.App.Batch;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Tidewater.App.Management;

/// <summary>What an operator sees of one batch: its state, progress, result or failure, and its links.</summary>
public sealed record BatchStatus(
    string Id,
    OrchestrationRuntimeStatus RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt,
    BatchRequest? Input,
    BatchProgress? Progress,
    BatchResult? Output,
    TaskFailureDetails? Failure,
    BatchStatusLinks Links)
{
    /// <summary>Reads the status from an instance's metadata.</summary>
    public static BatchStatus From(OrchestrationMetadata instance, Uri baseUri)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new BatchStatus(
            instance.InstanceId,
            instance.RuntimeStatus,
            instance.CreatedAt,
            instance.LastUpdatedAt,
            instance.SerializedInput is null ? null : instance.ReadInputAs<BatchRequest>(),
            instance.SerializedCustomStatus is null ? null : instance.ReadCustomStatusAs<BatchProgress>(),
            instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed && instance.SerializedOutput is not null ? instance.ReadOutputAs<BatchResult>() : null,
            instance.FailureDetails,
            BatchStatusLinks.For(baseUri, instance.InstanceId));
    }
}
