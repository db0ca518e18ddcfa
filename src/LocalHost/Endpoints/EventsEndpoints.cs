using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Http;
using Tidewater.App.Ingest;
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
            .RequireKey(routes, AuthorizationLevel.Function);
        return routes;
    }
}
