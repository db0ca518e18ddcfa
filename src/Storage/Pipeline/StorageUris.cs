using System.Net;
using System.Text;

namespace Tidewater.Storage;

/// <summary>Builds resource URIs under a service endpoint (path-style Azurite or host-style Azure).</summary>
internal static class StorageUris
{
    /// <summary>The endpoint with no trailing slash on its path, no query and no fragment.</summary>
    public static Uri Normalize(Uri endpoint)
    {
        var builder = new UriBuilder(endpoint) { Query = string.Empty, Fragment = string.Empty };
        builder.Path = builder.Path.TrimEnd('/');
        return builder.Uri;
    }

    /// <summary>Appends one escaped path segment (a queue or container name).</summary>
    public static Uri AppendSegment(Uri baseUri, string segment) =>
        new(baseUri.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(segment));

    /// <summary>Appends a blob name, escaping each '/'-separated part so virtual directories stay readable.</summary>
    public static Uri AppendBlobName(Uri containerUri, string blobName)
    {
        var builder = new StringBuilder(containerUri.AbsoluteUri.TrimEnd('/'));
        foreach (var part in blobName.Split('/'))
        {
            builder.Append('/').Append(Uri.EscapeDataString(part));
        }

        return new Uri(builder.ToString());
    }

    /// <summary>
    /// The account name of an endpoint: the first path segment for an IP or localhost (path-style) endpoint,
    /// else the first label of the host name.
    /// </summary>
    public static string? GetAccountName(Uri endpoint)
    {
        if (endpoint.IsLoopback || IPAddress.TryParse(endpoint.Host, out _))
        {
            var segment = endpoint.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return segment is null ? null : Uri.UnescapeDataString(segment);
        }

        var dot = endpoint.Host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? endpoint.Host[..dot] : null;
    }
}
