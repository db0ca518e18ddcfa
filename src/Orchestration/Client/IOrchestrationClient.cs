namespace Tidewater.Orchestration;

/// <summary>
/// Starts and inspects orchestration instances: the subset of Durable's <c>DurableTaskClient</c> the app and its
/// operators use, with the same semantics (scheduling an existing id replaces a finished instance in Durable; the
/// App layer's get-then-start avoids relying on either behaviour).
/// </summary>
public interface IOrchestrationClient
{
    /// <summary>Schedules a new instance and returns its id.</summary>
    Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default);

    /// <summary>The instance, or null if there is none.</summary>
    Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);

    /// <summary>Every instance matching <paramref name="query"/>.</summary>
    IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? query = null, CancellationToken cancellation = default);

    /// <summary>Terminates a running instance with <paramref name="output"/> as its output.</summary>
    Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default);

    /// <summary>Deletes a finished instance's state and history; returns how many instances were purged (0 or 1).</summary>
    Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default);

    /// <summary>Waits until the instance has finished and returns its final state.</summary>
    Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default);
}
