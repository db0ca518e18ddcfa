using System.Text.Json;
using Tidewater.App.Management;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>GET /api/reports/{id}</c> (JSON, or <c>?format=html</c>), <c>GET /api/models/current</c> and <c>POST /api/models/pin</c> (admin).</summary>
public static class ReportsAndModelsEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportsAndModelsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/{id}", async (string id, string? format, ReportReader reports, HttpContext context) =>
        {
            bool html = string.Equals(format, "html", StringComparison.OrdinalIgnoreCase);
            return await reports.ReadAsync(id, html, context.RequestAborted) is { } report
                ? Results.Bytes(report.ToMemory(), html ? "text/html; charset=utf-8" : "application/json; charset=utf-8")
                : Problems.Field(StatusCodes.Status404NotFound, "Not found", "id", $"no report for '{id}' (yet)");
        }).WithName("GetReport").RequireKey(routes, AuthorizationLevel.Function);

        routes.MapGet("/api/models/current", async (ModelManagementHandler models, HttpContext context) =>
            Results.Ok(await models.GetCurrentAsync(context.RequestAborted)))
            .WithName("GetCurrentModel").RequireKey(routes, AuthorizationLevel.Function);

        routes.MapPost("/api/models/pin", async (HttpRequest request, ModelManagementHandler models) =>
        {
            PinModelRequest? body;
            try
            {
                body = await request.ReadFromJsonAsync<PinModelRequest>(request.HttpContext.RequestAborted);
            }
            catch (JsonException ex)
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", ex.Path ?? "$", "is not valid JSON for {version, pinned?}");
            }
            catch (InvalidOperationException)
            {
                return Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type", "must be application/json");
            }

            return ManagementResults.ToHttp(await models.PinAsync(body ?? new PinModelRequest(null), request.HttpContext.RequestAborted));
        }).WithName("PinModel").RequireKey(routes, AuthorizationLevel.Admin);
        return routes;
    }
}
