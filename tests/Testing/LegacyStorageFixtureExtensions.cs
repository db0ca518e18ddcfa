using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Storage;
using Tidewater.Storage;

namespace Tidewater.Testing;

/// <summary>
/// The hand-written storage client (src/Storage) over an <see cref="AzuriteFixture"/>, for tests/Orchestration.Tests
/// only: it is deleted together with src/Storage and src/Orchestration. Everything else uses the Azure SDK.
/// </summary>
public static class LegacyStorageFixtureExtensions
{
    extension(AzuriteFixture azurite)
    {
        /// <summary>The fixture's connection string parsed by the hand-written client.</summary>
        public StorageConnection Connection => StorageConnection.Parse(azurite.ConnectionString);

        /// <summary>Hand-written client options with quick retries.</summary>
        public StorageClientOptions CreateClientOptions()
        {
            var options = new StorageClientOptions();
            options.Retry.Delay = TimeSpan.FromMilliseconds(20);
            options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
            return options;
        }
    }

    /// <summary>
    /// Registers hand-written client options equivalent to <paramref name="settings"/>, which the hand-written
    /// orchestration engine picks up (it builds its own blob client), so it retries as the test asks.
    /// </summary>
    public static IServiceCollection AddLegacyEngineStorageOptions(this IServiceCollection services, StorageClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new StorageClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = settings.MaxRetries;
        options.Retry.Delay = settings.RetryDelay;
        options.Retry.MaxDelay = settings.MaxRetryDelay;
        options.Retry.NetworkTimeout = settings.NetworkTimeout;
        if (settings.Transport is not null)
        {
            options.Transport = settings.Transport;
        }

        return services.AddSingleton(options);
    }
}
