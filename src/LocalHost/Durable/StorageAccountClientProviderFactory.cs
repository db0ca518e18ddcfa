using DurableTask.AzureStorage;
using Tidewater.App.Storage;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Builds the Azure Storage provider's account access from the same <c>AzureWebJobsStorage</c> connection the app's
/// clients use (<see cref="StorageConnectionSettings.Read"/>): its connection string, or its identity-based endpoints
/// and credential. Durable needs tables, so an identity-based connection must name all three endpoints (or the account).
/// </summary>
public static class StorageAccountClientProviderFactory
{
    /// <summary>Creates the provider for <c>AzureWebJobsStorage</c> in <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">The connection is missing, or lacks an endpoint Durable needs.</exception>
    /// <exception cref="FormatException">A service URI or the account name is malformed.</exception>
    public static StorageAccountClientProvider Create(IConfiguration configuration)
    {
        var connection = StorageConnectionSettings.Read(configuration);
        if (connection.ConnectionString is { } connectionString)
        {
            return new StorageAccountClientProvider(connectionString);
        }

        if (connection.BlobServiceUri is not { } blob || connection.QueueServiceUri is not { } queue || connection.TableServiceUri is not { } table)
        {
            throw new InvalidOperationException(
                $"The Durable Task engine needs blob, queue and table endpoints: set '{connection.ConnectionName}__blobServiceUri', " +
                $"'__queueServiceUri' and '__tableServiceUri' (or '{connection.ConnectionName}__accountName').");
        }

        return new StorageAccountClientProvider(blob, queue, table, connection.CreateCredential());
    }
}
