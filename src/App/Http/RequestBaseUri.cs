using Microsoft.AspNetCore.Http;

namespace Tidewater.App.Http;

/// <summary>The scheme, host and port the caller used, for status links that point back at <c>/api/batches</c>.</summary>
/// <remarks>
/// The Functions host forwards each request to the worker; when it names the original host in
/// <c>X-Forwarded-Host</c> (and <c>X-Forwarded-Proto</c>), those win over the forwarded request's own host.
/// Otherwise this is the local host's rule (<c>ManagementResults.BaseUri</c>).
/// </remarks>
public static class RequestBaseUri
{
    /// <summary>The base URI of <paramref name="request"/>.</summary>
    public static Uri From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? host = First(request.Headers["X-Forwarded-Host"]);
        if (host is null)
        {
            return new Uri($"{request.Scheme}://{request.Host}");
        }

        string scheme = First(request.Headers["X-Forwarded-Proto"]) ?? request.Scheme;
        return new Uri($"{scheme}://{host}");
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values)
    {
        string? value = values.Count > 0 ? values[0] : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Split(',')[0].Trim();
    }
}
