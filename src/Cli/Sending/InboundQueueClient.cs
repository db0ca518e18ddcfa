using Azure.Storage.Queues;

namespace Tidewater.Cli.Sending;

/// <summary>The Azure SDK queue client the CLI sends events with: base64 messages, as the Functions host reads them.</summary>
public static class InboundQueueClient
{
    /// <summary>
    /// The storage service version: the newest Azurite 3.37 accepts (the SDK's default, 2026-10-06, is newer and
    /// Azurite answers it with 400 unless started with --skipApiVersionCheck).
    /// </summary>
    public const QueueClientOptions.ServiceVersion Version = QueueClientOptions.ServiceVersion.V2026_06_06;

    /// <summary>A client for <paramref name="queueName"/> on the account of <paramref name="connectionString"/>.</summary>
    public static QueueClient Create(string connectionString, string queueName) =>
        new(connectionString, queueName, new QueueClientOptions(Version) { MessageEncoding = QueueMessageEncoding.Base64 });
}
