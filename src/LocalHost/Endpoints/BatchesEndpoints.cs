using System.Text.Json;
using Tidewater.App.Management;
using Tidewater.LocalHost.Security;
using Tidewater.Orchestration;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>The batch management routes under <c>/api/batches</c> (terminate and purge need the admin key).</summary>
public static class BatchesEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapBatchesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/batches", StartAsync).WithName("StartBatches").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapGet("/api/batches", ListAsync).WithName("ListBatches").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapGet("/api/batches/{id}", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.GetAsync(id, ManagementResults.BaseUri(request), request.HttpContext.RequestAborted)))
            .WithName("GetBatch").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapPost("/api/batches/{id}/terminate", async (string id, string? reason, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.TerminateAsync(id, reason, ManagementResults.BaseUri(request), request.HttpContext.RequestAborted)))
            .WithName("TerminateBatch").RequireKey(routes, AuthorizationLevel.Admin);
        routes.MapPost("/api/batches/{id}/redrive", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.RedriveAsync(id, ManagementResults.BaseUri(request), request.HttpContext.RequestAborted)))
            .WithName("RedriveBatch").RequireKey(routes, AuthorizationLevel.Function);
        routes.MapDelete("/api/batches/{id}", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.PurgeAsync(id, request.HttpContext.RequestAborted), purged => new { id, purgedInstances = purged }))
            .WithName("PurgeBatch").RequireKey(routes, AuthorizationLevel.Admin);
        return routes;
    }

    private static async Task<IResult> StartAsync(HttpRequest request, BatchManagementHandler handler)
    {
        StartBatchesRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<StartBatchesRequest>(request.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", ex.Path ?? "$", "is not valid: " + ex.Message.Split('.')[0]);
        }
        catch (InvalidOperationException)
        {
            return Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type", "must be application/json");
        }

        if (body is null)
        {
            return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", "$", "a JSON object {from, to, modelVersion?} is required");
        }

        var result = await handler.StartAsync(body, ManagementResults.BaseUri(request), request.HttpContext.RequestAborted);
        return ManagementResults.ToHttp(result, links => new { batches = links }, result.Value is [var single] ? single.StatusQueryGetUri.ToString() : null);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, BatchManagementHandler handler, string? status, DateTimeOffset? from, DateTimeOffset? to)
    {
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var name in (status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var parsed) || int.TryParse(name, out _))
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", "status", $"'{name}' is not one of pending, running, completed, failed, terminated");
            }

            statuses.Add(parsed);
        }

        var batches = await handler.ListAsync(statuses.Count == 0 ? null : statuses, from, to, ManagementResults.BaseUri(request), request.HttpContext.RequestAborted);
        return Results.Ok(new { batches });
    }
}
