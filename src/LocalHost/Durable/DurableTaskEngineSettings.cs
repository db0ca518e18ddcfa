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
    /// <summary>The configuration section Durable Functions reads.</summary>
    public const string Section = FunctionsSettingsConfigurationExtensions.HostSection + ":extensions:durableTask";

    /// <inheritdoc />
    public void Configure(DurableTaskEngineOptions options)
    {
        var durable = configuration.GetSection(Section);
        var storage = durable.GetSection("storageProvider");
        options.HubName = durable["hubName"] is { Length: > 0 } hub ? hub : options.HubName;
        options.MaxConcurrentActivityFunctions = ReadInt(durable, "maxConcurrentActivityFunctions", options.MaxConcurrentActivityFunctions);
        options.MaxConcurrentOrchestratorFunctions = ReadInt(durable, "maxConcurrentOrchestratorFunctions", options.MaxConcurrentOrchestratorFunctions);
        options.PartitionCount = ReadInt(storage, "partitionCount", options.PartitionCount);
        options.ControlQueueBatchSize = ReadInt(storage, "controlQueueBatchSize", options.ControlQueueBatchSize);
        if (storage["maxQueuePollingInterval"] is { Length: > 0 } polling)
        {
            options.MaxQueuePollingInterval = TimeSpan.TryParse(polling, CultureInfo.InvariantCulture, out var interval)
                ? interval
                : throw new OptionsValidationException(Section, typeof(DurableTaskEngineOptions), [$"{Section}:storageProvider:maxQueuePollingInterval '{polling}' is not a time span (hh:mm:ss)."]);
        }
    }

    private static int ReadInt(IConfigurationSection section, string key, int fallback)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new OptionsValidationException(Section, typeof(DurableTaskEngineOptions), [$"{section.Path}:{key} '{text}' is not a whole number."]);
    }
}
