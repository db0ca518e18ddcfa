using System.ComponentModel;
using Tidewater.App.Dashboard;
using Tidewater.LocalHost.Durable;
using Tidewater.LocalHost.OpenApi;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>
/// The dashboard: the page <c>/api/dashboard</c> and its files <c>/api/dashboard/assets/{name}</c> (anonymous: they
/// hold no data), and its read model <c>/api/dashboard/summary</c> (function key; it lists batches, so 503 while the
/// engine starts).
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/dashboard", (HttpRequest request, DashboardAssets assets) => DashboardHttp.Page(request, assets))
            .WithName("Dashboard")
            .WithTags("dashboard")
            .WithSummary("The dashboard page")
            .WithDescription("No key: the page holds no data. It asks for a function key once and sends it only in the x-functions-key header of its data calls. Revalidated by ETag (304 when unchanged).")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        routes.MapGet("/api/dashboard/assets/{name}", ([Description("dashboard.js or dashboard.css.")] string name, HttpRequest request, DashboardAssets assets) => DashboardHttp.Asset(request, name, assets))
            .WithName("DashboardAsset")
            .WithTags("dashboard")
            .WithSummary("A file of the dashboard page")
            .WithDescription("No key. The page's script or style sheet, the same bytes on both hosts; 404 for any other name.")
            .Produces<string>(StatusCodes.Status200OK, "text/javascript")
            .WithTextContent(StatusCodes.Status200OK, "text/css")
            .ProducesValidationProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/dashboard/summary", (HttpRequest request, DashboardHandler handler) => DashboardHttp.SummaryAsync(request, handler))
            .WithName("DashboardSummary")
            .WithTags("dashboard")
            .WithSummary("The dashboard's read model")
            .WithDescription("The window timeline up to the window open now (records from the segments' close metadata, each window's newest batch, the events its completed batch counted), real time against batch per window from the reports, and the model versions batch refreshes made, newest first.")
            .WithQueryParameter("windows", "How many windows, 1-288; the default is 24.", format: "int32")
            .Produces<DashboardSummary>()
            .ProducesValidationProblem()
            .RequireKey(routes, AuthorizationLevel.Function)
            .RequireEngineReady();
        return routes;
    }
}
