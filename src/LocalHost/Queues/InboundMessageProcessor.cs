using System.Diagnostics;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Tidewater.App.Queues;
using Tidewater.App.Storage;
using Tidewater.App.Telemetry;

namespace Tidewater.LocalHost.Queues;

/// <summary>
/// Runs one received message through the shared handler and settles it as the Functions queue trigger would:
/// delete on success, release for <c>visibilityTimeout</c> on a transient failure, poison queue after
/// <c>maxDequeueCount</c> attempts, and poison queue at once for a message that can never succeed.
/// </summary>
/// <remarks>
/// Every message ends deleted, released or poisoned: inbound = processed + poisoned (+ still queued). Each message is
/// one consumer span <c>process {queue}</c> (the Functions host's invocation span plays this part there), so its
/// <c>validate</c>, <c>score</c> and <c>append</c> spans share one trace.
/// </remarks>
public sealed partial class InboundMessageProcessor(
    TidewaterStorage storage,
    InboundMessageHandler handler,
    PoisonQueue poison,
    IOptions<QueueTriggerOptions> options,
    ILogger<InboundMessageProcessor> logger)
{
    private readonly QueueTriggerOptions _options = options.Value;
    private readonly QueueMessageEncoding _encoding =
        options.Value.MessageEncoding.Equals("none", StringComparison.OrdinalIgnoreCase) ? QueueMessageEncoding.None : QueueMessageEncoding.Base64;

    private readonly string _spanName = "process " + storage.InboundQueueWire.Name;
    private long _processed;
    private long _poisoned;

    /// <summary>Messages processed and deleted since start.</summary>
    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>Messages moved to the poison queue since start.</summary>
    public long Poisoned => Interlocked.Read(ref _poisoned);

    /// <summary>Processes and settles one message. Never throws for a message's own failure.</summary>
    public async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var queue = storage.InboundQueueWire;
        using var span = StartSpan(message);
        try
        {
            if (message.DequeueCount > _options.MaxDequeueCount)
            {
                await PoisonAsync(message, PoisonCause.RetriesExhausted, $"dequeued {message.DequeueCount} times, more than maxDequeueCount {_options.MaxDequeueCount}", null, cancellationToken);
                return;
            }

            BinaryData? body = QueueMessageBody.TryDecode(message.MessageText, _encoding, out var decoded) ? decoded : null;
            InboundMessageOutcome outcome;
            try
            {
                outcome = await handler.HandleAsync(body, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The trigger boundary: as under the Functions host, any exception is a failed attempt; it is retried
                // and, after maxDequeueCount attempts, poisoned. Only shutdown is not an attempt.
                await FailAsync(message, ex, cancellationToken);
                return;
            }

            if (outcome.IsPoison)
            {
                await PoisonAsync(message, outcome.PoisonCause, outcome.PoisonReason!, outcome.Result?.Problems, cancellationToken);
                return;
            }

            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            Interlocked.Increment(ref _processed);
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or OperationCanceledException)
        {
            // Settling failed (storage down or shutting down): the message reappears when its visibility ends.
            LogSettleFailed(logger, ex, message.MessageId);
        }
    }

    private async Task FailAsync(QueueMessage message, Exception failure, CancellationToken cancellationToken)
    {
        if (message.DequeueCount >= _options.MaxDequeueCount)
        {
            await PoisonAsync(message, PoisonCause.RetriesExhausted, $"failed {message.DequeueCount} times (maxDequeueCount {_options.MaxDequeueCount}), last with {failure.GetType().Name}", null, cancellationToken);
            return;
        }

        Activity.Current?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        LogRetrying(logger, failure, message.MessageId, message.DequeueCount);
        await storage.InboundQueueWire.UpdateMessageAsync(message.MessageId, message.PopReceipt, message: null, _options.VisibilityTimeout, cancellationToken);
    }

    private async Task PoisonAsync(
        QueueMessage message, PoisonCause cause, string reason, IReadOnlyList<Domain.Validation.ValidationProblem>? problems, CancellationToken cancellationToken)
    {
        Activity.Current?.SetTag(TelemetryTags.PoisonReason, PoisonCauses.Name(cause));
        await poison.MoveAsync(message.MessageId, message.MessageText, message.DequeueCount, cause, reason, problems, cancellationToken);
        await storage.InboundQueueWire.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        Interlocked.Increment(ref _poisoned);
        LogPoisoned(logger, message.MessageId, poison.Name, reason);
    }

    /// <summary>The message's consumer span (a new trace: the queue carries no trace context), or null when nobody listens.</summary>
    private Activity? StartSpan(QueueMessage message)
    {
        // A root: not a child of whatever the listener's loop ran under (ProcessAsync's own flow keeps this change).
        Activity.Current = null;
        var span = TidewaterTelemetry.Source.StartActivity(_spanName, ActivityKind.Consumer);
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag("messaging.operation.type", "process");
            span.SetTag("messaging.destination.name", storage.InboundQueueWire.Name);
            span.SetTag("messaging.message.id", message.MessageId);
            span.SetTag("tidewater.queue.dequeue_count", message.DequeueCount);
        }

        return span;
    }

    [LoggerMessage(3010, LogLevel.Warning, "Message {MessageId} moved to {PoisonQueue}: {Reason}")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string poisonQueue, string reason);

    [LoggerMessage(3011, LogLevel.Warning, "Message {MessageId} failed on attempt {DequeueCount}; it will be retried")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string messageId, long dequeueCount);

    [LoggerMessage(3012, LogLevel.Warning, "Message {MessageId} could not be settled; it reappears after its visibility timeout")]
    private static partial void LogSettleFailed(ILogger logger, Exception exception, string messageId);
}
