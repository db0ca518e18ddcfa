using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Tidewater.App.Configuration;
using Tidewater.App.Http;
using Tidewater.App.Ingest;
using Tidewater.Domain.Events;
using Tidewater.LocalHost.OpenApi;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>POST /api/events</c>: the HTTP trigger of the real-time path (function key).</summary>
public static class EventsEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/events", (HttpRequest request, IngestHandler handler, IOptions<IngestOptions> options) =>
                IngestHttp.PostEventsAsync(request, handler, options.Value))
            .WithName("IngestEvents")
            .WithSummary("Score and store payment events")
            .WithDescription(
                "One event (a JSON object), an array of up to 1,000 events, or NDJSON (application/x-ndjson, one event a line), " +
                "at most 16 MiB. 200 once every new event is durable; a repeated id gets its original decision with duplicate: true. " +
                "400 lists every invalid field (errors keyed by JSON path, e.g. $[3].amount) and nothing of the call is stored. " +
                "503 with Retry-After when storage cannot take the write: nothing was acknowledged, and a retry is safe.")
            .WithTags("ingest")
            .WithOneOrManyBody<PaymentEvent>("application/json", IngestOptions.MaxItemsLimit, "application/x-ndjson")
            .Produces<IngestAnswer>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesValidationProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", "Seconds to wait before retrying the whole call.", JsonSchemaType.Integer)
            .RequireKey(routes, AuthorizationLevel.Function);
        return routes;
    }
}
