using Microsoft.OpenApi;
using Tidewater.LocalHost.OpenApi;

namespace Tidewater.LocalHost.Durable;

/// <summary>Marks a route that calls the orchestration engine: 503 while it starts (<see cref="EngineReadyFilter"/>), documented.</summary>
public static class EngineReadyEndpointExtensions
{
    /// <summary>Adds <see cref="EngineReadyFilter"/> and its 503 problem+json answer with <c>Retry-After</c>.</summary>
    public static RouteHandlerBuilder RequireEngineReady(this RouteHandlerBuilder endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint
            .AddEndpointFilter<RouteHandlerBuilder, EngineReadyFilter>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithResponseHeader(StatusCodes.Status503ServiceUnavailable, "Retry-After", "Seconds to wait while the orchestration engine starts.", JsonSchemaType.Integer);
    }
}
