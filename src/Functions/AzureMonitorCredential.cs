using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Tidewater.Functions;

/// <summary>
/// The credential the Azure Monitor exporter publishes with, read from <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c>
/// as the infra sets it (<c>ClientId={id};Authorization=AAD</c>): the Application Insights SDK read that variable
/// itself; the OpenTelemetry exporter does not, so without this Entra-only ingestion would refuse every item.
/// </summary>
public static class AzureMonitorCredential
{
    /// <summary>The setting's name.</summary>
    public const string Setting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// A managed identity credential (user-assigned when the setting names a <c>ClientId</c>, else system-assigned)
    /// when the setting says <c>Authorization=AAD</c>; null (key-based ingestion) when it is unset or says otherwise.
    /// </summary>
    public static TokenCredential? From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? clientId = null;
        bool entra = false;
        foreach (var part in (configuration[Setting] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                entra = value.Equals("AAD", StringComparison.OrdinalIgnoreCase);
            }
            else if (key.Equals("ClientId", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                clientId = value;
            }
        }

        if (!entra)
        {
            return null;
        }

        return new ManagedIdentityCredential(clientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }
}
