using System.Buffers;
using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Tidewater.App.Storage;
using Tidewater.App.Telemetry;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Queues;

/// <summary>
/// Moves a message to the poison queue with its original body (the wire text, untouched) and records why in a blob
/// keyed by the message id, so an operator can see each reason without decoding the message.
/// </summary>
/// <remarks>
/// The reason record is written first and the poison message second; a crash between them leaves the original
/// message to be poisoned again, so every poisoned message has its reason (at least once).
/// </remarks>
public sealed class PoisonQueue(QueueClient poisonQueue, BlobContainerClient reasons, string sourceQueue, TimeProvider time, PoisonMetrics metrics)
{
    /// <summary>The poison queue's name.</summary>
    public string Name => poisonQueue.Name;

    /// <summary>The blob name of the reason record for <paramref name="messageId"/>.</summary>
    public string ReasonBlobName(string messageId) => $"{sourceQueue}/{messageId}.json";

    /// <summary>Records the reason, sends the original wire text to the poison queue and counts it by <paramref name="cause"/>.</summary>
    public async Task MoveAsync(
        string messageId, string messageText, long dequeueCount, PoisonCause cause, string reason, IReadOnlyList<ValidationProblem>? problems, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("messageId", messageId);
            writer.WriteString("queue", sourceQueue);
            writer.WriteString("poisonQueue", poisonQueue.Name);
            writer.WriteString("reason", reason);
            writer.WriteNumber("dequeueCount", dequeueCount);
            writer.WriteString("poisonedAt", time.GetUtcNow().UtcDateTime);
            if (problems is { Count: > 0 })
            {
                writer.WriteStartObject("errors");
                foreach (var group in problems.GroupBy(p => p.Path))
                {
                    writer.WriteStartArray(group.Key);
                    foreach (var problem in group)
                    {
                        writer.WriteStringValue(problem.Message);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        await reasons.GetBlobClient(ReasonBlobName(messageId))
            .UploadContentAsync(new BinaryData(buffer.WrittenMemory), "application/json", cancellationToken: cancellationToken);
        await poisonQueue.SendMessageAsync(BinaryData.FromString(messageText), visibilityTimeout: null, timeToLive: QueueMessageLifetimes.NeverExpires, cancellationToken);
        metrics.Poisoned(cause);
    }
}
