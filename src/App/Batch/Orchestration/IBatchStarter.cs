using Microsoft.DurableTask.Client;

namespace Tidewater.App.Batch;

/// <summary>Starts a window's batch once: the port the schedule and the management calls start batches through.</summary>
public interface IBatchStarter
{
    /// <summary>Returns the instance with <paramref name="instanceId"/>, starting it with <paramref name="request"/> if there is none.</summary>
    /// <returns>The instance's state and whether this call started it.</returns>
    Task<(OrchestrationMetadata Instance, bool Started)> GetOrStartAsync(string instanceId, BatchRequest request, CancellationToken cancellationToken);
}
