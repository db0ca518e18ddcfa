using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Tidewater.App.Http;

namespace Tidewater.App.Dashboard;

/// <summary>
/// The dashboard's routes as HTTP, shared by both hosts so they answer byte for byte alike: the page and its files
/// (anonymous, revalidated by entity tag) and the keyed read model <c>GET /api/dashboard/summary</c>.
/// </summary>
public static class DashboardHttp
{
    /// <summary>
    /// The page's content security policy: its own script, styles and data calls only; no inline script, no plug-ins,
    /// not framed. Inline styles are allowed for the batch report page it shows in a sandboxed frame.
    /// </summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; " +
        "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary><c>GET /api/dashboard</c>: the page.</summary>
    public static IResult Page(HttpRequest request, DashboardAssets assets)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(assets);
        request.HttpContext.Response.Headers["Content-Security-Policy"] = PagePolicy;
        return Serve(request, assets.Page);
    }

    /// <summary><c>GET /api/dashboard/assets/{name}</c>: the page's script or style sheet, or 404.</summary>
    public static IResult Asset(HttpRequest request, string name, DashboardAssets assets)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(assets);
        return name != DashboardAssets.PageName && assets.Find(name) is { } asset
            ? Serve(request, asset)
            : Problems.Field(StatusCodes.Status404NotFound, "Not found", "name", $"'{name}' is not a file of the dashboard");
    }

    /// <summary><c>GET /api/dashboard/summary?windows=</c> (function key): the timeline, agreement and model history.</summary>
    public static async Task<IResult> SummaryAsync(HttpRequest request, DashboardHandler handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        int windows = DashboardHandler.DefaultWindows;
        string text = request.Query["windows"].ToString();
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out windows) || windows < 1 || windows > DashboardHandler.MaxWindows))
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", "windows",
                string.Create(CultureInfo.InvariantCulture, $"must be a whole number from 1 to {DashboardHandler.MaxWindows}"));
        }

        var summary = await handler.GetSummaryAsync(windows, RequestBaseUri.From(request), request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Ok(summary);
    }

    private static IResult Serve(HttpRequest request, DashboardAsset asset)
    {
        var headers = request.HttpContext.Response.Headers;

        // Revalidated on every load (a 304 when unchanged), so a new build is seen at once and never mixed with an old one.
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return Results.Bytes(asset.Content, asset.ContentType, entityTag: new EntityTagHeaderValue(asset.ETag));
    }
}
