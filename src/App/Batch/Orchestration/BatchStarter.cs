using Tidewater.Orchestration;

namespace Tidewater.App.Batch;

/// <summary>
/// Starts a batch by get-then-start: an existing instance with the id, in any state, is returned as it is (Durable
/// itself would start a finished one again), otherwise a new instance is scheduled.
/// </summary>
/// <remarks>
/// Two starters racing on one id can both see none; the engine's schedule call then decides (the local engine
/// and Durable both keep one instance per id), so a window never gets two concurrent runs.
/// </remarks>
public sealed class BatchStarter(IOrchestrationClient client)
{
    /// <summary>The orchestrator that runs one window's batch.</summary>
    public const string OrchestratorName = BatchOrchestrator.Name;

    /// <summary>Returns the instance with <paramref name="instanceId"/>, starting it with <paramref name="request"/> if there is none.</summary>
    /// <returns>The instance's state and whether this call started it.</returns>
    public async Task<(OrchestrationMetadata Instance, bool Started)> GetOrStartAsync(string instanceId, BatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await client.GetInstanceAsync(instanceId, cancellation: cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        await client.ScheduleNewOrchestrationInstanceAsync(OrchestratorName, request, new StartOrchestrationOptions(instanceId), cancellationToken);
        var started = await client.GetInstanceAsync(instanceId, cancellation: cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instanceId} was scheduled but cannot be found.");
        return (started, true);
    }
}
