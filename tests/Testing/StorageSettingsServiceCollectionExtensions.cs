using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Storage;

namespace Tidewater.Testing;

/// <summary>Registering a test's storage client settings in a host's services.</summary>
public static class StorageSettingsServiceCollectionExtensions
{
    /// <summary>Makes the app's storage clients in the host use <paramref name="settings"/> (retries, transport, policies).</summary>
    public static IServiceCollection AddStorageClientSettings(this IServiceCollection services, StorageClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        return services;
    }
}
