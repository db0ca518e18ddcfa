using System.Runtime.CompilerServices;
using Tidewater.Orchestration;
using DurableClient = Microsoft.DurableTask.Client;

namespace Tidewater.Functions.Orchestration;

/// <summary>
/// Our orchestration client port over Durable's <see cref="DurableClient.DurableTaskClient"/>, created per invocation
/// from the <c>[DurableClient]</c> binding. Each member is the call of the same name; statuses map as
/// <see cref="OrchestrationRuntimeStatus"/> documents.
/// </summary>
public sealed class DurableClientAdapter(DurableClient.DurableTaskClient client) : IOrchestrationClient
{
    /// <inheritdoc />
    public Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) =>
        client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, DurableMappings.ToDurable(options), cancellation);

    /// <inheritdoc />
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await client.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation) is { } instance ? DurableMappings.FromDurable(instance) : null;

    /// <inheritdoc />
    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? query = null, [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        await foreach (var instance in client.GetAllInstancesAsync(DurableMappings.ToDurable(query)).WithCancellation(cancellation))
        {
            yield return DurableMappings.FromDurable(instance);
        }
    }

    /// <inheritdoc />
    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default) =>
        client.TerminateInstanceAsync(instanceId, output, cancellation);

    /// <inheritdoc />
    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default) =>
        (await client.PurgeInstanceAsync(instanceId, null, cancellation)).PurgedInstanceCount;

    /// <inheritdoc />
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        DurableMappings.FromDurable(await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation));
}
