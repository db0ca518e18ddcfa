using System.Globalization;
using Microsoft.Extensions.Options;
using Tidewater.LocalHost.Configuration;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Binds host.json <c>extensions:durableTask</c> (as <see cref="FunctionsSettingsConfigurationExtensions"/> loads it)
/// onto <see cref="DurableTaskEngineOptions"/>; settings that are absent keep their defaults.
/// </summary>
internal sealed class DurableTaskEngineSettings(IConfiguration configuration) : IConfigureOptions<DurableTaskEngineOptions>
{
    /// <inheritdoc />
    public void Configure(DurableTaskEngineOptions options)
    {
        var durable = configuration.GetSection(DurableTaskEngineOptions.Section);
        var storage = durable.GetSection("storageProvider");
        options.HubName = durable["hubName"] is { Length: > 0 } hub ? hub : options.HubName;
        options.MaxConcurrentActivityFunctions = ReadInt(durable, "maxConcurrentActivityFunctions", options.MaxConcurrentActivityFunctions);
        options.MaxConcurrentOrchestratorFunctions = ReadInt(durable, "maxConcurrentOrchestratorFunctions", options.MaxConcurrentOrchestratorFunctions);
        options.PartitionCount = ReadInt(storage, "partitionCount", options.PartitionCount);
        options.ControlQueueBatchSize = ReadInt(storage, "controlQueueBatchSize", options.ControlQueueBatchSize);
        options.MaxQueuePollingInterval = ReadTimeSpan(storage, "maxQueuePollingInterval", options.MaxQueuePollingInterval);
        options.ControlQueueVisibilityTimeout = ReadTimeSpan(storage, "controlQueueVisibilityTimeout", options.ControlQueueVisibilityTimeout);
        options.WorkItemQueueVisibilityTimeout = ReadTimeSpan(storage, "workItemQueueVisibilityTimeout", options.WorkItemQueueVisibilityTimeout);
    }

    private static TimeSpan ReadTimeSpan(IConfigurationSection section, string key, TimeSpan fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new OptionsValidationException(DurableTaskEngineOptions.Section, typeof(DurableTaskEngineOptions), [$"{section.Path}:{key} '{text}' is not a time span (hh:mm:ss)."]);
    }

    private static int ReadInt(IConfigurationSection section, string key, int fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new OptionsValidationException(DurableTaskEngineOptions.Section, typeof(DurableTaskEngineOptions), [$"{section.Path}:{key} '{text}' is not a whole number."]);
    }
}
