using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Tidewater.App.Storage;
using Xunit;

namespace Tidewater.Testing;

/// <summary>
/// Starts a private Azurite (blob, queue and table; in-memory; loopback only; free ports) for a test class or
/// collection, and stops it and its child processes afterwards.
/// </summary>
/// <remarks>
/// Needs Node.js and <c>npm ci</c> in the repository root (<c>node_modules/azurite</c>). Use it as
/// <c>IClassFixture&lt;AzuriteFixture&gt;</c>, or share one per assembly through the collection described in
/// <see cref="AzuriteCollections"/>. Endpoints are path-style: <c>http://127.0.0.1:{port}/devstoreaccount1</c>.
/// </remarks>
public class AzuriteFixture : IAsyncLifetime
{
    private const int StartAttempts = 3;
    private AzuriteProcess? _process;
    private string? _workDirectory;

    /// <summary>How long to wait for Azurite to listen. The default is 60 seconds.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The repository root (the folder with package.json).</summary>
    public string RepositoryRoot { get; private set; } = string.Empty;

    /// <summary>The Blob endpoint, e.g. <c>http://127.0.0.1:53011/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; private set; } = null!;

    /// <summary>The Queue endpoint.</summary>
    public Uri QueueEndpoint { get; private set; } = null!;

    /// <summary>The Table endpoint.</summary>
    public Uri TableEndpoint { get; private set; } = null!;

    /// <summary>A Shared Key connection string with explicit endpoints and the well-known emulator key.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Azurite's console output so far (for diagnosing failures).</summary>
    public string Output => _process?.Output ?? string.Empty;

    /// <summary>The URI scheme Azurite serves.</summary>
    protected virtual string Scheme => "http";

    /// <summary>A unique, valid queue or container name: <c>{prefix}-{32 hex digits}</c>.</summary>
    public static string NewName(string prefix = "t") => $"{prefix.ToLowerInvariant()}-{Guid.NewGuid():N}";

    /// <summary>The well-known account name of the storage emulator.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known, public account key of the storage emulator (Azurite). Not a secret.</summary>
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>
    /// Client settings for this Azurite: quick retries (and, with HTTPS, a transport that trusts its certificate).
    /// Register one in a host's services to make the app's clients use them.
    /// </summary>
    public virtual StorageClientSettings CreateClientSettings() => new()
    {
        RetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromSeconds(1),
    };

    /// <summary>The app's Azure SDK clients over <see cref="ConnectionString"/>, built as a host builds them.</summary>
    public StorageClients CreateClients(StorageClientSettings? settings = null) =>
        new(StorageConnectionSettings.FromConnectionString(ConnectionString), settings ?? CreateClientSettings());

    /// <summary>A Queue service client over <see cref="ConnectionString"/> with <paramref name="encoding"/> message bodies.</summary>
    public QueueServiceClient CreateQueueServiceClient(QueueMessageEncoding encoding = QueueMessageEncoding.Base64)
    {
        var clients = CreateClients();
        return encoding == QueueMessageEncoding.None ? clients.WireQueues : clients.Queues;
    }

    /// <summary>A Blob service client over <see cref="ConnectionString"/>.</summary>
    public BlobServiceClient CreateBlobServiceClient() => CreateClients().Blobs;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        RepositoryRoot = Testing.RepositoryRoot.Find();
        var entryPoint = Path.Combine(RepositoryRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(entryPoint))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed: '{entryPoint}' is missing. Run 'npm ci' in '{RepositoryRoot}' (test.sh does).");
        }

        _workDirectory = Directory.CreateTempSubdirectory("tidewater-azurite-").FullName;
        var extraArguments = PrepareArguments(_workDirectory).ToList();
        for (var attempt = 1; ; attempt++)
        {
            var ports = AzuriteProcess.GetFreePorts();
            try
            {
                _process = await AzuriteProcess.StartAsync(entryPoint, _workDirectory, Arguments(ports, extraArguments), StartupTimeout);
                SetEndpoints(ports);
                return;
            }
            catch (AzuritePortInUseException) when (attempt < StartAttempts)
            {
                // Another process took a port between probing and binding: try fresh ones.
            }
        }
    }

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_workDirectory is not null)
        {
            try
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is harmless.
            }
        }
    }

    /// <summary>Extra Azurite arguments; a subclass may write files (certificates) into <paramref name="workDirectory"/>.</summary>
    protected virtual IEnumerable<string> PrepareArguments(string workDirectory) => [];

    private static IEnumerable<string> Arguments(int[] ports, IEnumerable<string> extra) =>
    [
        "--blobHost", "127.0.0.1", "--blobPort", $"{ports[0]}",
        "--queueHost", "127.0.0.1", "--queuePort", $"{ports[1]}",
        "--tableHost", "127.0.0.1", "--tablePort", $"{ports[2]}",
        "--inMemoryPersistence", "--extentMemoryLimit", "512",
        "--silent", "--disableProductStyleUrl", "--disableTelemetry",
        .. extra,
    ];

    private void SetEndpoints(int[] ports)
    {
        var account = AccountName;
        BlobEndpoint = new Uri($"{Scheme}://127.0.0.1:{ports[0]}/{account}");
        QueueEndpoint = new Uri($"{Scheme}://127.0.0.1:{ports[1]}/{account}");
        TableEndpoint = new Uri($"{Scheme}://127.0.0.1:{ports[2]}/{account}");
        ConnectionString =
            $"DefaultEndpointsProtocol={Scheme};AccountName={account};AccountKey={AccountKey};" +
            $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";
    }
}
