using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;

namespace Tidewater.App.Queues;

/// <summary>
/// Handles one inbound queue message (one event or an array, JSON) through the same path as HTTP ingest.
/// </summary>
/// <remarks>
/// A message that can never succeed (not decodable, not JSON, any invalid event) is reported as poison so the host
/// moves it to the poison queue at once; a transient failure throws <see cref="StorageUnavailableException"/> so the
/// message becomes visible again and is retried up to <c>maxDequeueCount</c> times.
/// </remarks>
public sealed class InboundMessageHandler(IngestHandler ingest)
{
    /// <summary>Handles a message whose body is already decoded (the host decodes base64).</summary>
    /// <param name="body">The decoded body, or null when it could not be decoded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<InboundMessageOutcome> HandleAsync(BinaryData? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return InboundMessageOutcome.Poison(PoisonCause.Undecodable, "message is not valid base64");
        }

        var result = await ingest.HandleAsync(body.ToMemory(), BodyFormat.Json, EventSource.Queue, cancellationToken);
        return result.IsAccepted
            ? new InboundMessageOutcome(result, null)
            : InboundMessageOutcome.Poison(PoisonCause.Invalid, "message holds invalid events", result.Problems);
    }
}
