using System.Text.Json;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Domain.Validation;

namespace Tidewater.App.Accumulation;

/// <summary>
/// The NDJSON line format of window segments (schema 1), documented in <c>docs/accumulation.md</c>.
/// </summary>
/// <remarks>
/// WARNING: batches read segments written by older hosts; add fields, never rename or remove them, and bump
/// <see cref="SchemaVersion"/> for incompatible changes.
/// </remarks>
public static class AccumulationRecordFormat
{
    /// <summary>The schema version written in every record.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes <paramref name="record"/> as one JSON object (no trailing newline).</summary>
    public static void Write(Utf8JsonWriter writer, AccumulationRecord record)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schema", SchemaVersion);
        writer.WriteString("receivedAt", record.ReceivedAt.UtcDateTime);
        writer.WriteString("source", record.Source == EventSource.Http ? "http" : "queue");
        writer.WriteNumber("latencyMicros", record.LatencyMicros);
        DecisionJson.WriteFields(writer, record.Decision);
        writer.WritePropertyName("event");
        PaymentEventJson.Write(writer, record.Event);
        writer.WriteEndObject();
    }

    /// <summary>Reads one record line.</summary>
    /// <exception cref="FormatException">The line is not a schema-1 record.</exception>
    public static AccumulationRecord Read(ReadOnlyMemory<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            int schema = root.GetProperty("schema").GetInt32();
            if (schema != SchemaVersion)
            {
                throw new FormatException($"Unsupported accumulation record schema {schema}.");
            }

            var parsed = PaymentEventParser.Parse(root.GetProperty("event"), "$.event", ValidationContext.WithoutTimeChecks);
            if (parsed.Event is null)
            {
                throw new FormatException($"Stored event is invalid: {parsed.Problems[0].Path} {parsed.Problems[0].Message}");
            }

            return new AccumulationRecord(
                parsed.Event,
                DecisionJson.ReadFields(root),
                root.GetProperty("receivedAt").GetDateTimeOffset(),
                root.GetProperty("latencyMicros").GetInt64(),
                root.GetProperty("source").GetString() == "queue" ? EventSource.Queue : EventSource.Http);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("Malformed accumulation record: " + ex.Message, ex);
        }
    }

    /// <summary>Splits a segment's bytes into record lines (complete lines only).</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Lines(ReadOnlyMemory<byte> content)
    {
        int start = 0;
        while (start < content.Length)
        {
            int newline = content.Span[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                yield break; // WARNING: a block is appended whole, so a line without '\n' cannot be a record.
            }

            if (newline > 0)
            {
                yield return content.Slice(start, newline);
            }

            start += newline + 1;
        }
    }
}
