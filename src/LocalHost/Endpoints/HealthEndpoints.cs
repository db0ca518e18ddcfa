using Tidewater.App;
using Tidewater.App.Scoring;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>GET /api/health</c>: anonymous; 200 once the host is ready to accept events, 503 before.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (StartupGate gate, ModelProvider models) =>
            gate.IsOpen
                ? Results.Ok(new { status = "healthy", modelVersion = models.Current.Version })
                : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health");
        return routes;
    }
}
