using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;

namespace Tidewater.App.Storage;

/// <summary>The queues and containers the app uses, resolved once from the configured names.</summary>
public sealed class TidewaterStorage(
    StorageClients clients,
    IOptions<QueueOptions> queueOptions,
    IOptions<AccumulationOptions> accumulationOptions,
    IOptions<ScoringOptions> scoringOptions)
{
    /// <summary>The inbound events queue (base64, as under the Functions host unless host.json says otherwise).</summary>
    public QueueClient InboundQueue { get; } = clients.Queues.GetQueueClient(queueOptions.Value.InboundQueue);

    /// <summary>
    /// The inbound queue read as wire text (no decoding): the listener receives through it and decodes per the
    /// trigger's <c>messageEncoding</c> itself, so a message that is not valid base64 is poisoned, not a failed receive.
    /// </summary>
    public QueueClient InboundQueueWire { get; } = clients.WireQueues.GetQueueClient(queueOptions.Value.InboundQueue);

    /// <summary>The inbound queue's poison queue; messages keep their original wire text, so no encoding is applied.</summary>
    public QueueClient PoisonQueue { get; } = clients.WireQueues.GetQueueClient(queueOptions.Value.PoisonQueue);

    /// <summary>The alert queue (base64).</summary>
    public QueueClient AlertQueue { get; } = clients.Queues.GetQueueClient(queueOptions.Value.AlertQueue);

    /// <summary>Window segments.</summary>
    public BlobContainerClient Events { get; } = clients.Blobs.GetBlobContainerClient(accumulationOptions.Value.EventsContainer);

    /// <summary>Model versions, baselines and the current-version pointer.</summary>
    public BlobContainerClient Models { get; } = clients.Blobs.GetBlobContainerClient(scoringOptions.Value.ModelsContainer);

    /// <summary>One reason record per poisoned message.</summary>
    public BlobContainerClient PoisonReasons { get; } = clients.Blobs.GetBlobContainerClient(queueOptions.Value.PoisonContainer);

    /// <summary>Creates every queue and container that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in new[] { InboundQueue, PoisonQueue, AlertQueue })
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var container in new[] { Events, Models, PoisonReasons })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
