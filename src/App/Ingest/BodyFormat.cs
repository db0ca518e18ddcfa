using System.Net.Http.Headers;

namespace Tidewater.App.Ingest;

/// <summary>The accepted request body formats.</summary>
public enum BodyFormat
{
    /// <summary><c>application/json</c>: one event object or an array of them.</summary>
    Json,

    /// <summary><c>application/x-ndjson</c>: one event object per line.</summary>
    Ndjson,
}

/// <summary>Maps a <c>Content-Type</c> header to a <see cref="BodyFormat"/>.</summary>
public static class BodyFormats
{
    /// <summary>False for a missing or unsupported media type, or a charset other than UTF-8.</summary>
    public static bool TryParse(string? contentType, out BodyFormat format)
    {
        format = BodyFormat.Json;
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        if (media.CharSet is { } charset && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        switch (media.MediaType?.ToLowerInvariant())
        {
            case "application/json":
                format = BodyFormat.Json;
                return true;
            case "application/x-ndjson":
                format = BodyFormat.Ndjson;
                return true;
            default:
                return false;
        }
    }
}
