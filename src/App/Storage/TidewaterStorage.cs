using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.Storage;

namespace Tidewater.App.Storage;

/// <summary>The queues and containers the app uses, resolved once from the configured names.</summary>
public sealed class TidewaterStorage(
    QueueServiceClient queues,
    BlobServiceClient blobs,
    IOptions<QueueOptions> queueOptions,
    IOptions<AccumulationOptions> accumulationOptions,
    IOptions<ScoringOptions> scoringOptions)
{
    /// <summary>The inbound events queue (base64, as under the Functions host unless host.json says otherwise).</summary>
    public QueueClient InboundQueue { get; } = queues.GetQueueClient(queueOptions.Value.InboundQueue);

    /// <summary>The inbound queue's poison queue; messages keep their original wire text, so no encoding is applied.</summary>
    public QueueClient PoisonQueue { get; } = queues.GetQueueClient(queueOptions.Value.PoisonQueue, QueueMessageEncoding.None);

    /// <summary>The alert queue (base64).</summary>
    public QueueClient AlertQueue { get; } = queues.GetQueueClient(queueOptions.Value.AlertQueue);

    /// <summary>Window segments.</summary>
    public BlobContainerClient Events { get; } = blobs.GetBlobContainerClient(accumulationOptions.Value.EventsContainer);

    /// <summary>Model versions, baselines and the current-version pointer.</summary>
    public BlobContainerClient Models { get; } = blobs.GetBlobContainerClient(scoringOptions.Value.ModelsContainer);

    /// <summary>One reason record per poisoned message.</summary>
    public BlobContainerClient PoisonReasons { get; } = blobs.GetBlobContainerClient(queueOptions.Value.PoisonContainer);

    /// <summary>Creates every queue and container that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var queue in new[] { InboundQueue, PoisonQueue, AlertQueue })
        {
            await queue.CreateIfNotExistsAsync(cancellationToken);
        }

        foreach (var container in new[] { Events, Models, PoisonReasons })
        {
            await container.CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
