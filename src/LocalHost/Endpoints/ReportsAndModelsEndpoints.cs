using System.ComponentModel;
using Tidewater.App.Batch;
using Tidewater.App.Http;
using Tidewater.App.Management;
using Tidewater.LocalHost.OpenApi;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>GET /api/reports/{id}</c> (JSON, or <c>?format=html</c>), <c>GET /api/models/current</c> and <c>POST /api/models/pin</c> (admin).</summary>
public static class ReportsAndModelsEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportsAndModelsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/{id}", ([Description("The batch's instance id.")] string id, HttpRequest request, ReportReader reports) => ManagementHttp.GetReportAsync(request, id, reports))
            .WithName("GetReport")
            .WithTags("reports")
            .WithSummary("A batch's report")
            .WithDescription("The report as JSON, or with format=html the page for people. 404 until the batch has written it.")
            .WithQueryParameter("format", "html for the page; JSON otherwise.", values: ["html"])
            .Produces<BatchReportDocument>(StatusCodes.Status200OK, "application/json")
            .WithTextContent(StatusCodes.Status200OK, "text/html")
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .RequireKey(routes, AuthorizationLevel.Function);
        routes.MapGet("/api/models/current", async (ModelManagementHandler models, HttpContext context) =>
            Results.Ok(await models.GetCurrentAsync(context.RequestAborted)))
            .WithName("GetCurrentModel")
            .WithTags("models")
            .WithSummary("The current model")
            .WithDescription("The version the real-time path uses, whether it is pinned, the windows in its baselines, and the version this host serves right now.")
            .Produces<CurrentModel>()
            .RequireKey(routes, AuthorizationLevel.Function);
        routes.MapPost("/api/models/pin", (HttpRequest request, ModelManagementHandler models) => ManagementHttp.PinModelAsync(request, models))
            .WithName("PinModel")
            .WithTags("models")
            .WithSummary("Pin a model version")
            .WithDescription("Points the real-time path at a published version (or v0) and, unless pinned is false, pins it so batches do not switch away. 404 for a version never published.")
            .WithBody<PinModelRequest>("application/json")
            .Produces<CurrentModel>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireKey(routes, AuthorizationLevel.Admin);
        return routes;
    }
}
