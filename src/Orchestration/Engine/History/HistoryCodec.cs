using System.Buffers;
using System.Text.Json;

namespace Tidewater.Orchestration.Engine.History;

/// <summary>
/// Encodes episodes as NDJSON and decodes a history back, keeping only complete episodes.
/// </summary>
/// <remarks>
/// An episode starts with an <see cref="OrchestratorStartedEvent"/> whose <c>Count</c> says how many lines it has,
/// and every write starts with a newline. An episode larger than one append block is written in several blocks; if
/// the writer dies between them, the tail is an incomplete episode (possibly with a torn last line) that the next
/// writer appends after. Decoding drops such episodes, so an episode is committed exactly when all its lines are.
/// </remarks>
internal static class HistoryCodec
{
    /// <summary>Encodes <paramref name="episode"/> (header first) as one newline-led NDJSON buffer.</summary>
    public static ReadOnlyMemory<byte> Encode(IReadOnlyList<HistoryEvent> episode)
    {
        if (episode.Count == 0 || episode[0] is not OrchestratorStartedEvent header)
        {
            throw new ArgumentException("An episode starts with an OrchestratorStarted event.", nameof(episode));
        }

        var buffer = new ArrayBufferWriter<byte>(256 * episode.Count);
        buffer.Write("\n"u8);
        using var writer = new Utf8JsonWriter(buffer);
        for (var i = 0; i < episode.Count; i++)
        {
            var item = i == 0 ? header with { Count = episode.Count } : episode[i];
            JsonSerializer.Serialize(writer, item, EngineJsonContext.Default.HistoryEvent);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenMemory;
    }

    /// <summary>Decodes the concatenated <paramref name="segments"/> into the events of complete episodes.</summary>
    public static List<HistoryEvent> Decode(IEnumerable<ReadOnlyMemory<byte>> segments)
    {
        var committed = new List<HistoryEvent>();
        List<HistoryEvent>? episode = null;
        var expected = 0;
        foreach (var segment in segments)
        {
            foreach (var line in Lines(segment))
            {
                var item = TryParse(line.Span);
                if (item is OrchestratorStartedEvent header)
                {
                    episode = [header]; // an unfinished episode before it is dropped
                    expected = header.Count;
                }
                else if (item is not null && episode is not null)
                {
                    episode.Add(item);
                }
                else
                {
                    episode = null; // a torn line, or a line outside an episode
                }

                if (episode is not null && episode.Count == expected)
                {
                    committed.AddRange(episode);
                    episode = null;
                }
            }
        }

        return committed;
    }

    private static HistoryEvent? TryParse(ReadOnlySpan<byte> line)
    {
        try
        {
            return JsonSerializer.Deserialize(line, EngineJsonContext.Default.HistoryEvent);
        }
        catch (JsonException)
        {
            return null; // a torn line of an episode whose write did not finish
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(ReadOnlyMemory<byte> content)
    {
        var start = 0;
        while (start < content.Length)
        {
            var end = content.Span[start..].IndexOf((byte)'\n');
            var length = end < 0 ? content.Length - start : end;
            if (length > 0)
            {
                yield return content.Slice(start, length);
            }

            start += length + 1;
        }
    }
}
