using System.Text.Json;

namespace Tidewater.App.Batch;

/// <summary>
/// Finds the event id in a stored record without parsing it: the writer puts <c>"event":{"id":"…"</c> last in every
/// record, and ids, codes and versions never contain quotes, so a byte search from the end finds it. A record written
/// otherwise falls back to a JSON parse.
/// </summary>
internal static class EventIdScanner
{
    private static ReadOnlySpan<byte> Marker => "\"event\":{\"id\":\""u8;

    /// <summary>The id's bytes, or empty when the line holds no readable id.</summary>
    public static ReadOnlySpan<byte> FindId(ReadOnlySpan<byte> line)
    {
        int at = line.LastIndexOf(Marker);
        if (at >= 0)
        {
            var rest = line[(at + Marker.Length)..];
            int end = rest.IndexOf((byte)'"');
            return end > 0 ? rest[..end] : [];
        }

        return FindIdByParsing(line);
    }

    private static ReadOnlySpan<byte> FindIdByParsing(ReadOnlySpan<byte> line)
    {
        try
        {
            using var document = JsonDocument.Parse(line.ToArray());
            return document.RootElement.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object
                && e.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? System.Text.Encoding.UTF8.GetBytes(id.GetString()!)
                : [];
        }
        catch (JsonException)
        {
            return []; // malformed: the processing pass counts it
        }
    }
}
