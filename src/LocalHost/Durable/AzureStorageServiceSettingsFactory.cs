using DurableTask.AzureStorage;

namespace Tidewater.LocalHost.Durable;

/// <summary>Maps <see cref="DurableTaskEngineOptions"/> onto the Azure Storage provider's settings.</summary>
public static class AzureStorageServiceSettingsFactory
{
    /// <summary>The provider settings for <paramref name="options"/> on <paramref name="account"/>.</summary>
    public static AzureStorageOrchestrationServiceSettings Create(
        DurableTaskEngineOptions options, StorageAccountClientProvider account, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.HubName,
            StorageAccountClientProvider = account,
            PartitionCount = options.PartitionCount,
            ControlQueueBatchSize = options.ControlQueueBatchSize,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            WorkerId = options.WorkerId,
            LoggerFactory = loggerFactory,
        };
    }
}
