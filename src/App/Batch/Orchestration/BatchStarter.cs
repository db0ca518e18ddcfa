using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Tidewater.App.Batch;

/// <summary>
/// Starts a batch by get-then-start: an existing instance with the id, in any state, is returned as it is (Durable
/// itself would start a finished one again), otherwise a new instance is scheduled.
/// </summary>
/// <remarks>
/// Two starters racing on one id can both see none; the provider then keeps one instance per id (a second start of a
/// pending or running id is refused or deduplicated by Durable's orchestration status check), so a window never gets
/// two concurrent runs.
/// </remarks>
public sealed class BatchStarter(DurableTaskClient client) : IBatchStarter
{
    /// <summary>The orchestrator that runs one window's batch.</summary>
    public const string OrchestratorName = BatchOrchestrator.Name;

    /// <inheritdoc />
    public async Task<(OrchestrationMetadata Instance, bool Started)> GetOrStartAsync(string instanceId, BatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await client.GetInstanceAsync(instanceId, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        await client.ScheduleNewOrchestrationInstanceAsync(OrchestratorName, request, new StartOrchestrationOptions(instanceId), cancellationToken);
        var started = await client.GetInstanceAsync(instanceId, cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instanceId} was scheduled but cannot be found.");
        return (started, true);
    }
}
