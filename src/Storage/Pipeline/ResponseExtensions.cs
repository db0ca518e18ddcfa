using System.Globalization;
using Azure;

namespace Tidewater.Storage;

/// <summary>Reads typed values from storage response headers.</summary>
internal static class ResponseExtensions
{
    private const string MetadataPrefix = "x-ms-meta-";

    public static string GetRequiredHeader(this Response response, string name) =>
        response.Headers.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"The storage response ({response.Status}) has no '{name}' header.");

    public static DateTimeOffset GetRequiredDate(this Response response, string name) =>
        ParseHttpDate(response.GetRequiredHeader(name));

    public static long GetRequiredInt64(this Response response, string name) =>
        long.Parse(response.GetRequiredHeader(name), NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static ETag GetRequiredETag(this Response response) =>
        response.Headers.ETag ?? throw new InvalidOperationException(
            $"The storage response ({response.Status}) has no 'ETag' header.");

    public static int? GetOptionalInt32(this Response response, string name) =>
        response.Headers.TryGetValue(name, out var value)
            ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The <c>x-ms-meta-*</c> headers as a case-insensitive dictionary.</summary>
    public static IReadOnlyDictionary<string, string> GetMetadata(this Response response)
    {
        Dictionary<string, string>? metadata = null;
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetadataPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                metadata[header.Name[MetadataPrefix.Length..]] = header.Value;
            }
        }

        return metadata ?? Metadata.Empty;
    }

    /// <summary>Parses an RFC 1123 date (<c>Sun, 06 Nov 1994 08:49:37 GMT</c>) as UTC.</summary>
    public static DateTimeOffset ParseHttpDate(string value) =>
        DateTimeOffset.ParseExact(value.Trim(), "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
