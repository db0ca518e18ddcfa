using System.Security.Cryptography;
using Azure.Core;
using Azure.Core.Pipeline;
using Tidewater.App.Storage;

namespace Tidewater.Testing;

/// <summary>
/// Azurite over HTTPS (a self-signed certificate made for the run) with <c>--oauth basic</c>, so bearer tokens work:
/// see <see cref="AzuriteTokenCredential"/> and <see cref="CreateTokenConnection"/>.
/// </summary>
/// <remarks>
/// Clients must use <see cref="CreateClientSettings"/>: its transport trusts exactly this certificate (by SHA-256
/// thumbprint) and nothing else self-signed. Shared Key (<see cref="AzuriteFixture.ConnectionString"/>) works too.
/// </remarks>
public class AzuriteHttpsFixture : AzuriteFixture
{
    private HttpClientTransport? _transport;

    /// <summary>The SHA-256 thumbprint (hex) of the server certificate.</summary>
    public string CertificateThumbprint { get; private set; } = string.Empty;

    /// <inheritdoc />
    protected override string Scheme => "https";

    /// <summary>An identity-based connection to this Azurite that authenticates with <paramref name="credential"/>.</summary>
    public StorageConnectionSettings CreateTokenConnection(TokenCredential credential) => new()
    {
        BlobServiceUri = BlobEndpoint,
        QueueServiceUri = QueueEndpoint,
        TableServiceUri = TableEndpoint,
        Credential = credential,
    };

    /// <inheritdoc />
    public override StorageClientSettings CreateClientSettings()
    {
        var settings = base.CreateClientSettings();
        settings.Transport = _transport ?? throw new InvalidOperationException("The fixture is not initialized.");
        return settings;
    }

    /// <inheritdoc />
    public override async Task DisposeAsync()
    {
        _transport?.Dispose();
        await base.DisposeAsync();
    }

    /// <inheritdoc />
    protected override IEnumerable<string> PrepareArguments(string workDirectory)
    {
        var (certificatePath, keyPath, thumbprint) = SelfSignedCertificate.WritePem(workDirectory);
        CertificateThumbprint = thumbprint;
#pragma warning disable CA2000 // The transport owns the handler and is disposed with the fixture.
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null &&
                string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase),
        };
#pragma warning restore CA2000
        _transport = new HttpClientTransport(handler);
        return ["--cert", certificatePath, "--key", keyPath, "--oauth", "basic"];
    }
}
