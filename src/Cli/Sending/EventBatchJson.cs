using System.Buffers;
using System.Text.Json;
using Tidewater.Cli.Generation;
using Tidewater.Domain.Events;

namespace Tidewater.Cli.Sending;

/// <summary>The wire bodies of a batch: one JSON object or an array of them, or NDJSON lines.</summary>
public static class EventBatchJson
{
    /// <summary>Writes one event as an object, several as an array (what HTTP and queue messages take).</summary>
    public static byte[] ToJson(IReadOnlyList<GeneratedEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var buffer = new ArrayBufferWriter<byte>(batch.Count * 300);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (batch.Count == 1)
            {
                PaymentEventJson.Write(writer, batch[0].Event);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var generated in batch)
                {
                    PaymentEventJson.Write(writer, generated.Event);
                }

                writer.WriteEndArray();
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes each event as one line of compact JSON ending in <c>\n</c>.</summary>
    public static void WriteNdjson(IBufferWriter<byte> output, IReadOnlyList<GeneratedEvent> batch)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        using var writer = new Utf8JsonWriter(output);
        foreach (var generated in batch)
        {
            PaymentEventJson.Write(writer, generated.Event);
            writer.Flush();
            output.Write("\n"u8);
            writer.Reset(output);
        }
    }
}
