using Tidewater.App.Dashboard;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>
/// The dashboard: the page <c>/api/dashboard</c> and its files <c>/api/dashboard/assets/{name}</c> (anonymous: they
/// hold no data), and its read model <c>/api/dashboard/summary</c> (function key).
/// </summary>
public static class DashboardEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/dashboard", (HttpRequest request, DashboardAssets assets) => DashboardHttp.Page(request, assets))
            .WithName("Dashboard").WithSummary("The dashboard page (asks for a function key, then reads the JSON routes with it)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        routes.MapGet("/api/dashboard/assets/{name}", (string name, HttpRequest request, DashboardAssets assets) => DashboardHttp.Asset(request, name, assets))
            .WithName("DashboardAsset").WithSummary("A script or style sheet of the dashboard page")
            .Produces(StatusCodes.Status200OK, contentType: "text/javascript").ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/dashboard/summary", (HttpRequest request, DashboardHandler handler) => DashboardHttp.SummaryAsync(request, handler))
            .WithName("DashboardSummary").WithSummary("The dashboard's window timeline, agreement per window and model history")
            .Produces<DashboardSummary>().ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireKey(routes, AuthorizationLevel.Function);
        return routes;
    }
}
