using System.Globalization;
using System.Xml.Linq;
using Azure;

namespace Tidewater.Storage;

/// <summary>Reads the <c>EnumerationResults</c> body of List Blobs.</summary>
internal static class BlobListXml
{
    public sealed record Page(IReadOnlyList<BlobItem> Items, string? NextMarker);

    public static Page Read(Response response)
    {
        XElement root;
        using (var stream = response.Content.ToStream())
        {
            root = XDocument.Load(stream, LoadOptions.PreserveWhitespace).Root
                ?? throw new InvalidOperationException("The List Blobs response has no XML body.");
        }

        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties");
            items.Add(new BlobItem(
                ReadName(blob),
                ParseETag(Property(properties, "Etag")),
                long.Parse(Property(properties, "Content-Length"), NumberStyles.Integer, CultureInfo.InvariantCulture),
                ResponseExtensions.ParseHttpDate(Property(properties, "Last-Modified")),
                Property(properties, "BlobType"),
                ReadMetadata(blob.Element("Metadata"))));
        }

        var next = root.Element("NextMarker")?.Value;
        return new Page(items, string.IsNullOrEmpty(next) ? null : next);
    }

    /// <summary>An ETag from XML (unquoted in Azure); quotes are stripped so it equals the header form.</summary>
    public static ETag ParseETag(string value) =>
        new(value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value);

    private static string ReadName(XElement blob)
    {
        var name = blob.Element("Name") ?? throw new InvalidOperationException("A listed blob has no Name.");
        return (string?)name.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(name.Value) : name.Value;
    }

    private static string Property(XElement? properties, string name) =>
        properties?.Element(name)?.Value
            ?? throw new InvalidOperationException($"A listed blob has no {name} property.");

    private static IReadOnlyDictionary<string, string> ReadMetadata(XElement? metadata)
    {
        if (metadata is null || !metadata.HasElements)
        {
            return Metadata.Empty;
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in metadata.Elements())
        {
            result[entry.Name.LocalName] = entry.Value;
        }

        return result;
    }
}
