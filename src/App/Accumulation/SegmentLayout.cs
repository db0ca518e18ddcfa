using System.Globalization;

namespace Tidewater.App.Accumulation;

/// <summary>
/// Names and metadata of window segments: <c>{windowId}/{writer}/{sequence:D6}.ndjson</c> in the events container
/// (see <c>docs/accumulation.md</c>).
/// </summary>
public static class SegmentLayout
{
    /// <summary>Metadata: record schema version, set at creation.</summary>
    public const string SchemaKey = "schema";

    /// <summary>Metadata: the window id, set at creation.</summary>
    public const string WindowKeyName = "window";

    /// <summary>Metadata: the writer id, set at creation.</summary>
    public const string WriterKey = "writer";

    /// <summary>Metadata: number of records, set when the segment is closed.</summary>
    public const string ItemsKey = "items";

    /// <summary>Metadata: number of bytes, set when the segment is closed.</summary>
    public const string BytesKey = "bytes";

    /// <summary>Metadata: lower-case hex SHA-256 of the content, set when the segment is closed.</summary>
    public const string Sha256Key = "sha256";

    /// <summary>The blob-name prefix of every segment of <paramref name="window"/>.</summary>
    public static string WindowPrefix(WindowKey window) => window.Id + "/";

    /// <summary>The blob name of one segment.</summary>
    public static string SegmentName(WindowKey window, string writerId, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{window.Id}/{writerId}/{sequence:D6}.ndjson");

    /// <summary>True when the metadata says the segment was closed by its writer.</summary>
    public static bool IsClosed(IReadOnlyDictionary<string, string> metadata) => metadata.ContainsKey(Sha256Key);
}
