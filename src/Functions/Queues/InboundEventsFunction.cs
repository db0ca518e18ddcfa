using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Tidewater.App.Queues;

namespace Tidewater.Functions.Queues;

/// <summary>
/// The queue trigger on <c>%InboundQueue%</c>: one message through the shared handler. A message that can never
/// succeed goes to the poison queue at once, with its reason record, and completes; a transient failure throws, so
/// the host retries it and poisons it after <c>maxDequeueCount</c> attempts.
/// </summary>
public sealed class InboundEventsFunction(InboundMessageHandler handler, PoisonQueue poison, ILogger<InboundEventsFunction> logger)
{
    /// <summary>Handles one message; the host has already decoded its base64 wire text into <paramref name="message"/>.</summary>
    [Function(FunctionNames.InboundEvents)]
    public async Task RunAsync([QueueTrigger("%InboundQueue%")] string message, string id, FunctionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = await handler.HandleAsync(BinaryData.FromString(message), cancellationToken);
        if (outcome.PoisonReason is not { } reason)
        {
            return;
        }

        await poison.MoveAsync(id, QueueMessageMetadata.WireText(message), QueueMessageMetadata.DequeueCount(context), outcome.PoisonCause, reason, outcome.Result?.Problems, cancellationToken);
        Logs.Poisoned(logger, id, poison.Name, reason);
    }
}
