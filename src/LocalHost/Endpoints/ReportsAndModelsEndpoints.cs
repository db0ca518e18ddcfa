using Tidewater.App.Http;
using Tidewater.App.Management;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>GET /api/reports/{id}</c> (JSON, or <c>?format=html</c>), <c>GET /api/models/current</c> and <c>POST /api/models/pin</c> (admin).</summary>
public static class ReportsAndModelsEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportsAndModelsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/{id}", (string id, HttpRequest request, ReportReader reports) => ManagementHttp.GetReportAsync(request, id, reports))
            .WithName("GetReport").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapGet("/api/models/current", async (ModelManagementHandler models, HttpContext context) =>
            Results.Ok(await models.GetCurrentAsync(context.RequestAborted)))
            .WithName("GetCurrentModel").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapPost("/api/models/pin", (HttpRequest request, ModelManagementHandler models) => ManagementHttp.PinModelAsync(request, models)).WithName("PinModel").RequireKey(routes, AuthorizationLevel.Admin);
        return routes;
    }
}
