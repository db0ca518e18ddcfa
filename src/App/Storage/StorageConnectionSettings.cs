using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Tidewater.App.Storage;

/// <summary>
/// Where the storage account is and how to sign in to it, read from configuration exactly as the Azure Functions
/// host reads <c>AzureWebJobsStorage</c>: a connection string, or an identity-based connection.
/// </summary>
/// <remarks>
/// <para>If <c>{connectionName}</c> (or <c>ConnectionStrings:{connectionName}</c>) has a value, it is the connection
/// string (<see cref="ConnectionString"/>), parsed by the Azure SDK when the clients are built.</para>
/// <para>Otherwise the identity-based settings are read, each as <c>{connectionName}:{key}</c> or
/// <c>{connectionName}__{key}</c>: <c>blobServiceUri</c>, <c>queueServiceUri</c> and <c>tableServiceUri</c>, or
/// <c>accountName</c> for <c>https://{accountName}.{service}.core.windows.net</c>; <c>credential</c> =
/// <c>managedidentity</c> uses <see cref="ManagedIdentityCredential"/> (user-assigned when <c>clientId</c> is set),
/// anything else <see cref="DefaultAzureCredential"/> (with <c>clientId</c> as its managed identity client id).</para>
/// </remarks>
public sealed record StorageConnectionSettings
{
    /// <summary>The connection name the Functions host uses by default.</summary>
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    /// <summary>The setting name this connection was read from.</summary>
    public string ConnectionName { get; init; } = DefaultConnectionName;

    /// <summary>The connection string; <see langword="null"/> for an identity-based connection.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The Blob endpoint of an identity-based connection.</summary>
    public Uri? BlobServiceUri { get; init; }

    /// <summary>The Queue endpoint of an identity-based connection.</summary>
    public Uri? QueueServiceUri { get; init; }

    /// <summary>The Table endpoint of an identity-based connection (the app does not use tables; Durable does).</summary>
    public Uri? TableServiceUri { get; init; }

    /// <summary>The <c>credential</c> setting as configured (e.g. <c>managedidentity</c>), if any.</summary>
    public string? CredentialKind { get; init; }

    /// <summary>The user-assigned managed identity client id (<c>clientId</c>), if any.</summary>
    public string? ClientId { get; init; }

    /// <summary>
    /// A credential to use instead of the one <see cref="CredentialKind"/> and <see cref="ClientId"/> describe (a
    /// test's token issuer, say); never read from configuration.
    /// </summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>True when the connection signs in with Microsoft Entra ID rather than a connection string.</summary>
    public bool IsIdentityBased => ConnectionString is null;

    /// <summary>A connection given by its connection string.</summary>
    /// <exception cref="ArgumentException">The connection string is empty.</exception>
    public static StorageConnectionSettings FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new StorageConnectionSettings { ConnectionString = connectionString.Trim() };
    }

    /// <summary>Reads the connection <paramref name="connectionName"/> from <paramref name="configuration"/>.</summary>
    /// <param name="configuration">The app configuration.</param>
    /// <param name="connectionName">The setting name. The default is <c>AzureWebJobsStorage</c>.</param>
    /// <exception cref="InvalidOperationException">Neither a connection string nor a service URI is configured.</exception>
    /// <exception cref="FormatException">A service URI or the account name is malformed.</exception>
    public static StorageConnectionSettings Read(IConfiguration configuration, string connectionName = DefaultConnectionName)
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
            return FromConnectionString(connectionString) with { ConnectionName = connectionName };
        }

        var accountName = ReadValue(configuration, connectionName, "accountName");
        var settings = new StorageConnectionSettings
        {
            ConnectionName = connectionName,
            BlobServiceUri = ReadUri(configuration, connectionName, "blobServiceUri") ?? AccountUri(accountName, "blob", connectionName),
            QueueServiceUri = ReadUri(configuration, connectionName, "queueServiceUri") ?? AccountUri(accountName, "queue", connectionName),
            TableServiceUri = ReadUri(configuration, connectionName, "tableServiceUri") ?? AccountUri(accountName, "table", connectionName),
            CredentialKind = ReadValue(configuration, connectionName, "credential"),
            ClientId = ReadValue(configuration, connectionName, "clientId"),
        };
        if (settings.BlobServiceUri is null && settings.QueueServiceUri is null)
        {
            throw new InvalidOperationException(
                $"The storage connection setting '{connectionName}' is missing: set '{connectionName}' to a connection " +
                $"string, or '{connectionName}__blobServiceUri' and '{connectionName}__queueServiceUri' " +
                $"(or '{connectionName}__accountName') for identity-based access.");
        }

        return settings;
    }

    /// <summary>The credential of an identity-based connection, as the Functions host would build it.</summary>
    /// <exception cref="InvalidOperationException">The connection is a connection string.</exception>
    public TokenCredential CreateCredential() => IsIdentityBased
        ? Credential ?? CreateCredential(CredentialKind, ClientId)
        : throw new InvalidOperationException($"The storage connection '{ConnectionName}' is a connection string, not identity-based.");

    /// <summary>
    /// The credential for <c>credential</c> = <paramref name="kind"/> and <c>clientId</c> = <paramref name="clientId"/>:
    /// managed identity (user-assigned with a client id) for <c>managedidentity</c>, else the default chain.
    /// </summary>
    public static TokenCredential CreateCredential(string? kind, string? clientId)
    {
        clientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId.Trim();
        if (string.Equals(kind?.Trim(), "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(clientId is null
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static string? ReadValue(IConfiguration configuration, string connectionName, string key)
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
        var value = ReadValue(configuration, connectionName, key);
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
