using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Tidewater.App.Storage;

/// <summary>
/// The Azure SDK service clients of the storage account, built once per host from <see cref="StorageConnectionSettings"/>
/// with the pinned <see cref="StorageServiceVersions"/>; every container, blob and queue client comes from these.
/// </summary>
/// <remarks>
/// The SDK fixes a queue client's message encoding in its options, so there are two queue service clients: one
/// sending and receiving base64 (what the Functions queue trigger expects) and one for the wire text as is.
/// </remarks>
public sealed class StorageClients
{
    /// <summary>Builds the clients; nothing is sent until they are used.</summary>
    /// <exception cref="InvalidOperationException">An identity-based connection lacks the blob or queue endpoint.</exception>
    /// <exception cref="FormatException">The connection string is malformed.</exception>
    public StorageClients(StorageConnectionSettings connection, StorageClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(settings);
        if (connection.ConnectionString is { } connectionString)
        {
            Blobs = new BlobServiceClient(connectionString, BlobOptions(settings));
            Queues = new QueueServiceClient(connectionString, QueueOptions(settings, QueueMessageEncoding.Base64));
            WireQueues = new QueueServiceClient(connectionString, QueueOptions(settings, QueueMessageEncoding.None));
            return;
        }

        var credential = connection.CreateCredential();
        var blobUri = connection.BlobServiceUri ?? throw MissingEndpoint(connection, "blobServiceUri");
        var queueUri = connection.QueueServiceUri ?? throw MissingEndpoint(connection, "queueServiceUri");
        Blobs = new BlobServiceClient(blobUri, credential, BlobOptions(settings));
        Queues = new QueueServiceClient(queueUri, credential, QueueOptions(settings, QueueMessageEncoding.Base64));
        WireQueues = new QueueServiceClient(queueUri, credential, QueueOptions(settings, QueueMessageEncoding.None));
    }

    /// <summary>The Blob service.</summary>
    public BlobServiceClient Blobs { get; }

    /// <summary>The Queue service with base64 message bodies.</summary>
    public QueueServiceClient Queues { get; }

    /// <summary>The Queue service with message text sent and received exactly as on the wire (no encoding).</summary>
    public QueueServiceClient WireQueues { get; }

    /// <summary>Blob client options with the pinned service version and <paramref name="settings"/> applied.</summary>
    public static BlobClientOptions BlobOptions(StorageClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new BlobClientOptions(StorageServiceVersions.Blob);
        settings.ApplyTo(options);
        return options;
    }

    /// <summary>Queue client options with the pinned service version, <paramref name="encoding"/> and <paramref name="settings"/> applied.</summary>
    public static QueueClientOptions QueueOptions(StorageClientSettings settings, QueueMessageEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new QueueClientOptions(StorageServiceVersions.Queue) { MessageEncoding = encoding };
        settings.ApplyTo(options);
        return options;
    }

    private static InvalidOperationException MissingEndpoint(StorageConnectionSettings connection, string key) =>
        new($"The identity-based storage connection '{connection.ConnectionName}' has no '{connection.ConnectionName}__{key}' (or '__accountName').");
}
