using System.ComponentModel;
using Tidewater.App.Http;
using Tidewater.App.Management;
using Tidewater.LocalHost.Durable;
using Tidewater.LocalHost.OpenApi;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>
/// The batch management routes under <c>/api/batches</c> (terminate and purge need the admin key); 503 while the
/// engine starts (<see cref="EngineReadyFilter"/>).
/// </summary>
public static class BatchesEndpoints
{
    private const string IdDescription = "The batch's instance id, e.g. batch-202611211000.";

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapBatchesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/batches", (HttpRequest request, BatchManagementHandler handler) => ManagementHttp.StartBatchesAsync(request, handler))
            .WithName("StartBatches")
            .WithTags("batches")
            .WithSummary("Start the batches of a range of windows")
            .WithDescription(
                "One batch per sealed window in [from, to), at most 1,000: the scheduled batch-{yyyyMMddHHmm} (started only if absent), " +
                "or with modelVersion a replay replay-{window}-{n} under that model. 202 with each batch's links; Location is the " +
                "status link when there is one batch.")
            .WithBody<StartBatchesRequest>("application/json")
            .Produces<StartedBatches>(StatusCodes.Status202Accepted)
            .WithResponseHeader(StatusCodes.Status202Accepted, "Location", "The status link, when the range is one window.", format: "uri")
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireKey(routes, AuthorizationLevel.Function)
            .RequireEngineReady();
        routes.MapGet("/api/batches", (HttpRequest request, BatchManagementHandler handler) => ManagementHttp.ListBatchesAsync(request, handler))
            .WithName("ListBatches")
            .WithTags("batches")
            .WithSummary("List batches")
            .WithDescription("Batches (not their chunk groups), newest first, filtered by runtime status and creation time.")
            .WithQueryParameter("status", "Comma-separated runtime statuses: pending, running, suspended, completed, failed, terminated.")
            .WithQueryParameter("from", "Created at or after (RFC 3339).", format: "date-time")
            .WithQueryParameter("to", "Created before (RFC 3339).", format: "date-time")
            .Produces<BatchList>()
            .ProducesValidationProblem()
            .RequireKey(routes, AuthorizationLevel.Function)
            .RequireEngineReady();
        routes.MapGet("/api/batches/{id}", async ([Description(IdDescription)] string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.GetAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("GetBatch")
            .WithTags("batches")
            .WithSummary("A batch's status")
            .WithDescription("Runtime status, progress (phase, chunks and items done of total), output (counts, models in and out, checksum) or failure, and links.")
            .Produces<BatchStatus>()
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .RequireKey(routes, AuthorizationLevel.Function)
            .RequireEngineReady();
        routes.MapPost("/api/batches/{id}/terminate", async ([Description(IdDescription)] string id, [Description("Recorded as the batch's output.")] string? reason, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.TerminateAsync(id, reason, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("TerminateBatch")
            .WithTags("batches")
            .WithSummary("Stop a running batch")
            .WithDescription("Terminates the batch and its chunk groups. 409 when it has already finished.")
            .Produces<BatchStatusLinks>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .RequireKey(routes, AuthorizationLevel.Admin)
            .RequireEngineReady();
        routes.MapPost("/api/batches/{id}/redrive", async ([Description(IdDescription)] string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.RedriveAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted)))
            .WithName("RedriveBatch")
            .WithTags("batches")
            .WithSummary("Run a finished batch again")
            .WithDescription("A new instance {id}-r{n} over the same window and model that skips every chunk already done. 202 with its links; 409 while the batch still runs.")
            .Produces<BatchStatusLinks>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .RequireKey(routes, AuthorizationLevel.Function)
            .RequireEngineReady();
        routes.MapDelete("/api/batches/{id}", async ([Description(IdDescription)] string id, HttpRequest request, BatchManagementHandler handler) =>
            ManagementResults.ToHttp(await handler.PurgeAsync(id, request.HttpContext.RequestAborted), purged => new PurgedBatch(id, purged)))
            .WithName("PurgeBatch")
            .WithTags("batches")
            .WithSummary("Purge a finished batch's history")
            .WithDescription("Deletes the history of the batch and its chunk groups; its report stays. 409 while it runs.")
            .Produces<PurgedBatch>()
            .ProducesValidationProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status409Conflict)
            .RequireKey(routes, AuthorizationLevel.Admin)
            .RequireEngineReady();
        return routes;
    }
}
