using Tidewater.App.Http;
using Tidewater.App.Management;
using Tidewater.LocalHost.Durable;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>
/// The batch management routes under <c>/api/batches</c> (terminate and purge need the admin key); 503 while the
/// engine starts (<see cref="EngineReadyFilter"/>).
/// </summary>
public static class BatchesEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapBatchesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/batches", (HttpRequest request, BatchManagementHandler handler) => ManagementHttp.StartBatchesAsync(request, handler)).WithName("StartBatches").RequireKey(routes, AuthorizationLevel.Function).AddEndpointFilter<EngineReadyFilter>();
        routes.MapGet("/api/batches", (HttpRequest request, BatchManagementHandler handler) => ManagementHttp.ListBatchesAsync(request, handler)).WithName("ListBatches").RequireKey(routes, AuthorizationLevel.Function).AddEndpointFilter<EngineReadyFilter>();
        routes.MapGet("/api/batches/{id}", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.GetAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("GetBatch").RequireKey(routes, AuthorizationLevel.Function).AddEndpointFilter<EngineReadyFilter>();
        routes.MapPost("/api/batches/{id}/terminate", async (string id, string? reason, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.TerminateAsync(id, reason, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("TerminateBatch").RequireKey(routes, AuthorizationLevel.Admin).AddEndpointFilter<EngineReadyFilter>();
        routes.MapPost("/api/batches/{id}/redrive", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.RedriveAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("RedriveBatch").RequireKey(routes, AuthorizationLevel.Function).AddEndpointFilter<EngineReadyFilter>();
        routes.MapDelete("/api/batches/{id}", async (string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.PurgeAsync(id, request.HttpContext.RequestAborted), purged => new { id, purgedInstances = purged }))
            .WithName("PurgeBatch").RequireKey(routes, AuthorizationLevel.Admin).AddEndpointFilter<EngineReadyFilter>();
        return routes;
    }
}
