using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Tidewater.Storage;

public sealed partial class StorageConnection
{
    /// <summary>
    /// Reads a storage connection from configuration the way the Azure Functions host does.
    /// </summary>
    /// <param name="configuration">The app configuration.</param>
    /// <param name="connectionName">The setting name. The default is <c>AzureWebJobsStorage</c>.</param>
    /// <remarks>
    /// <para>If <c>{connectionName}</c> (or <c>ConnectionStrings:{connectionName}</c>) has a value, it is parsed as a
    /// connection string.</para>
    /// <para>Otherwise the identity-based settings are read, each as <c>{connectionName}:{key}</c> or
    /// <c>{connectionName}__{key}</c> (environment variables turn <c>__</c> into <c>:</c>):
    /// <c>blobServiceUri</c> and <c>queueServiceUri</c>, or <c>accountName</c> for
    /// <c>https://{accountName}.blob|queue.core.windows.net</c>; <c>credential</c> = <c>managedidentity</c> uses
    /// <see cref="ManagedIdentityCredential"/> (user-assigned when <c>clientId</c> is set), anything else
    /// <see cref="DefaultAzureCredential"/> (with <c>clientId</c> as its managed identity client id).</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">Neither a connection string nor a service URI is configured.</exception>
    /// <exception cref="FormatException">The connection string or a service URI is malformed.</exception>
    public static StorageConnection FromConfiguration(IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        var connectionString = configuration[connectionName];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = configuration[$"ConnectionStrings:{connectionName}"];
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return Parse(connectionString);
        }

        var accountName = Read(configuration, connectionName, "accountName");
        var blob = ReadUri(configuration, connectionName, "blobServiceUri")
            ?? AccountUri(accountName, "blob", connectionName);
        var queue = ReadUri(configuration, connectionName, "queueServiceUri")
            ?? AccountUri(accountName, "queue", connectionName);
        if (blob is null && queue is null)
        {
            throw new InvalidOperationException(
                $"The storage connection setting '{connectionName}' is missing: set '{connectionName}' to a connection " +
                $"string, or '{connectionName}__blobServiceUri' and '{connectionName}__queueServiceUri' " +
                $"(or '{connectionName}__accountName') for identity-based access.");
        }

        var clientId = Read(configuration, connectionName, "clientId");
        var credential = CreateCredential(Read(configuration, connectionName, "credential"), clientId);
        return new StorageConnection(blob, queue, accountName ?? StorageUris.GetAccountName((blob ?? queue)!), null, credential)
        {
            ManagedIdentityClientId = clientId,
        };
    }

    private static TokenCredential CreateCredential(string? kind, string? clientId)
    {
        if (string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static string? Read(IConfiguration configuration, string connectionName, string key)
    {
        var value = configuration[$"{connectionName}:{key}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration[$"{connectionName}__{key}"];
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static Uri? ReadUri(IConfiguration configuration, string connectionName, string key)
    {
        var value = Read(configuration, connectionName, key);
        if (value is null)
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new FormatException($"The setting '{connectionName}__{key}' is not an absolute http(s) URI.");
    }

    private static Uri? AccountUri(string? accountName, string service, string connectionName)
    {
        if (accountName is null)
        {
            return null;
        }

        return Uri.TryCreate($"https://{accountName}.{service}.core.windows.net", UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"The setting '{connectionName}__accountName' is not a valid account name.");
    }
}
