using System.Text;
using Azure.Core;

namespace Tidewater.Storage;

/// <summary>
/// Builds the Shared Key string-to-sign for the Blob and Queue services (version 2009-09-19 and later).
/// </summary>
/// <remarks>
/// Spec: https://learn.microsoft.com/rest/api/storageservices/authorize-with-shared-key.
/// The canonicalized resource is <c>/{account}{encoded URI path}</c>, so a path-style Azurite URI
/// <c>http://127.0.0.1:10001/devstoreaccount1/queue</c> signs <c>/devstoreaccount1/devstoreaccount1/queue</c>:
/// Azurite computes the same (account + request path), and so do the official SDKs.
/// Header names are sorted ordinally. WARNING: Azurite sorts them with JavaScript <c>localeCompare</c>; the two
/// orders differ only for metadata names mixing '_' with digits, which this project does not use.
/// Header values are trimmed but inner whitespace is kept, as Azurite and the official SDKs do.
/// </remarks>
internal static class SharedKeyStringToSign
{
    private const string HeaderPrefix = "x-ms-";
    private const int MaxCachedBuilderCapacity = 4096;

    [ThreadStatic]
    private static StringBuilder? _cachedBuilder;

    /// <summary>Creates the string to sign.</summary>
    /// <param name="method">The HTTP method, e.g. <c>PUT</c>.</param>
    /// <param name="uri">The request URI exactly as sent.</param>
    /// <param name="accountName">The storage account name.</param>
    /// <param name="headers">The request headers (standard and <c>x-ms-*</c>).</param>
    /// <param name="contentLength">The body length; 0 signs an empty Content-Length.</param>
    public static string Create(string method, Uri uri, string accountName, IEnumerable<HttpHeader> headers, long contentLength)
    {
        string? contentEncoding = null, contentLanguage = null, contentMd5 = null, contentType = null, date = null;
        string? ifModifiedSince = null, ifMatch = null, ifNoneMatch = null, ifUnmodifiedSince = null, range = null;
        List<KeyValuePair<string, string>>? storageHeaders = null;

        foreach (var header in headers)
        {
            var name = header.Name;
            if (name.StartsWith(HeaderPrefix, StringComparison.OrdinalIgnoreCase))
            {
                storageHeaders ??= new List<KeyValuePair<string, string>>(8);
                storageHeaders.Add(new(name.ToLowerInvariant(), header.Value.Trim()));
                continue;
            }

            switch (name.ToLowerInvariant())
            {
                case "content-encoding": contentEncoding = header.Value; break;
                case "content-language": contentLanguage = header.Value; break;
                case "content-md5": contentMd5 = header.Value; break;
                case "content-type": contentType = header.Value; break;
                case "date": date = header.Value; break;
                case "if-modified-since": ifModifiedSince = header.Value; break;
                case "if-match": ifMatch = header.Value; break;
                case "if-none-match": ifNoneMatch = header.Value; break;
                case "if-unmodified-since": ifUnmodifiedSince = header.Value; break;
                case "range": range = header.Value; break;
                default: break;
            }
        }

        var builder = _cachedBuilder ?? new StringBuilder(512);
        _cachedBuilder = null;
        builder.Clear();
        builder.Append(method.ToUpperInvariant()).Append('\n')
            .Append(contentEncoding).Append('\n')
            .Append(contentLanguage).Append('\n')
            .Append(contentLength > 0 ? contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture) : null).Append('\n')
            .Append(contentMd5).Append('\n')
            .Append(contentType).Append('\n')
            .Append(date).Append('\n')
            .Append(ifModifiedSince).Append('\n')
            .Append(ifMatch).Append('\n')
            .Append(ifNoneMatch).Append('\n')
            .Append(ifUnmodifiedSince).Append('\n')
            .Append(range).Append('\n');

        if (storageHeaders is not null)
        {
            storageHeaders.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            foreach (var (name, value) in storageHeaders)
            {
                builder.Append(name).Append(':').Append(value).Append('\n');
            }
        }

        AppendCanonicalizedResource(builder, uri, accountName);
        var result = builder.ToString();
        if (builder.Capacity <= MaxCachedBuilderCapacity)
        {
            _cachedBuilder = builder;
        }

        return result;
    }

    private static void AppendCanonicalizedResource(StringBuilder builder, Uri uri, string accountName)
    {
        var path = uri.AbsolutePath;
        builder.Append('/').Append(accountName).Append(path.Length == 0 ? "/" : path);

        var query = uri.Query;
        if (query.Length <= 1)
        {
            return;
        }

        // Sorting (name, value) pairs ordinally puts each name's values in order too; equal names are then joined.
        var parameters = new List<KeyValuePair<string, string>>(4);
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).ToLowerInvariant();
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            parameters.Add(new(name, value));
        }

        parameters.Sort(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Key, b.Key);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });

        for (var i = 0; i < parameters.Count; i++)
        {
            var (name, value) = parameters[i];
            if (i > 0 && parameters[i - 1].Key == name)
            {
                builder.Append(',').Append(value);
            }
            else
            {
                builder.Append('\n').Append(name).Append(':').Append(value);
            }
        }
    }
}
