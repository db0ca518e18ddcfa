using Tidewater.App;
using Tidewater.App.Http;
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
                ? Results.Ok(HealthStatus.Healthy(models.Current.Version))
                : Results.Json(HealthStatus.Starting, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithSummary("Readiness")
            .WithTags("health")
            .WithDescription("No key. 200 healthy (with the model version served) once the host accepts events; 503 starting while storage is being prepared.")
            .Produces<HealthStatus>()
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }
}
