using Azure.Core;
using Azure.Identity;
using DurableTask.AzureStorage;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Builds the Azure Storage provider's account access from <c>AzureWebJobsStorage</c> as the Functions host reads it:
/// a connection string value, or identity-based <c>__blobServiceUri</c>/<c>__queueServiceUri</c>/<c>__tableServiceUri</c>
/// with <c>__credential</c> (<c>managedidentity</c>) and <c>__clientId</c>.
/// </summary>
public static class StorageAccountClientProviderFactory
{
    /// <summary>The connection name the Functions host and Durable Functions use by default.</summary>
    public const string ConnectionName = "AzureWebJobsStorage";

    /// <summary>Creates the provider for <see cref="ConnectionName"/> in <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">The connection is missing or incomplete.</exception>
    public static StorageAccountClientProvider Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ConnectionName);
        if (section.Value is { Length: > 0 } connectionString)
        {
            return new StorageAccountClientProvider(connectionString);
        }

        var endpoints = ReadEndpoints(section);
        return new StorageAccountClientProvider(endpoints.Blob, endpoints.Queue, endpoints.Table, CreateCredential(section));
    }

    /// <summary>Reads the three service URIs of an identity-based connection; all three are required (Durable needs tables).</summary>
    /// <exception cref="InvalidOperationException">A URI is missing or not absolute.</exception>
    public static (Uri Blob, Uri Queue, Uri Table) ReadEndpoints(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var problems = new List<string>();
        Uri? blob = ReadUri(section, "blobServiceUri", problems);
        Uri? queue = ReadUri(section, "queueServiceUri", problems);
        Uri? table = ReadUri(section, "tableServiceUri", problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{ConnectionName} is neither a connection string nor a complete identity-based connection: {string.Join(" ", problems)}");
        }

        return (blob!, queue!, table!);
    }

    /// <summary>The credential the Functions host would use: managed identity (optionally user-assigned) or the default chain.</summary>
    public static TokenCredential CreateCredential(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        string? clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(string.IsNullOrEmpty(clientId)
                ? ManagedIdentityId.SystemAssigned
                : ManagedIdentityId.FromUserAssignedClientId(clientId));
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    private static Uri? ReadUri(IConfigurationSection section, string key, List<string> problems)
    {
        string? text = section[key];
        if (string.IsNullOrEmpty(text))
        {
            problems.Add($"{ConnectionName}__{key} is missing.");
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            problems.Add($"{ConnectionName}__{key} is not an absolute URI.");
            return null;
        }

        return uri;
    }
}
