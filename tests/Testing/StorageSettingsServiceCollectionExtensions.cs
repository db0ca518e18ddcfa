using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Storage;

namespace Tidewater.Testing;

/// <summary>Registering a test's storage client settings in a host's services.</summary>
public static class StorageSettingsServiceCollectionExtensions
{
    /// <summary>
    /// Makes every storage client of the host use <paramref name="settings"/> (retries, transport, policies): the
    /// app's Azure SDK clients, and the hand-written orchestration engine's until it is removed.
    /// </summary>
    public static IServiceCollection AddStorageClientSettings(this IServiceCollection services, StorageClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddLegacyEngineStorageOptions(settings); // remove with src/Orchestration and src/Storage
        return services;
    }
}
