using System.ComponentModel.DataAnnotations;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Settings of the local orchestration engine, read from host.json <c>extensions:durableTask</c> under the names and
/// with the defaults Durable Functions uses for its Azure Storage provider.
/// </summary>
public sealed class DurableTaskEngineOptions
{
    /// <summary>Where the settings are read: host.json's <c>extensions:durableTask</c> under <c>AzureFunctionsJobHost:</c>.</summary>
    public const string Section = Configuration.FunctionsSettingsConfigurationExtensions.HostSection + ":extensions:durableTask";

    /// <summary>
    /// The task hub: prefix of the engine's queues, tables and lease container (host.json <c>hubName</c>).
    /// 3-45 letters and digits, starting with a letter. The default is <c>TestHubName</c>, as Durable Functions uses
    /// when no hub name is configured locally.
    /// </summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string HubName { get; set; } = "TestHubName";

    /// <summary>Control queues (partitions) of the hub (<c>storageProvider:partitionCount</c>). 1-16. The default is 4.</summary>
    /// <remarks>Fixed when the hub is created: a running hub keeps the count it was made with.</remarks>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>Messages taken from a control queue at once (<c>storageProvider:controlQueueBatchSize</c>). 1-32. The default is 32.</summary>
    [Range(1, 32)]
    public int ControlQueueBatchSize { get; set; } = 32;

    /// <summary>
    /// Longest wait between polls of an idle queue (<c>storageProvider:maxQueuePollingInterval</c>). 100 ms to 1 hour.
    /// The default is 30 seconds.
    /// </summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a dequeued control-queue message stays invisible (<c>storageProvider:controlQueueVisibilityTimeout</c>):
    /// after a crash, how long until another worker sees the orchestration's messages. 1 second to 1 hour. The default
    /// is 5 minutes, as in Durable Functions.
    /// </summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a dequeued activity message stays invisible (<c>storageProvider:workItemQueueVisibilityTimeout</c>):
    /// after a crash or stop, how long until another worker runs an activity that was in flight. 1 second to 1 hour.
    /// The default is 5 minutes, as in Durable Functions.
    /// </summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Activities run at once by this process (<c>maxConcurrentActivityFunctions</c>). 1-10,000. The default is 10 per processor.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentActivityFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>Orchestrator episodes run at once by this process (<c>maxConcurrentOrchestratorFunctions</c>). 1-10,000. The default is 10 per processor.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10 * Environment.ProcessorCount;

    /// <summary>
    /// This process's name in partition leases and history (not a host.json setting). The default is the machine
    /// name with a random suffix, so several processes on one machine share a hub as separate workers.
    /// </summary>
    public string WorkerId { get; set; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}";
}
