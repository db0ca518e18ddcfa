using Tidewater.App;
using Tidewater.App.Http;
using Tidewater.App.Scoring;
using Tidewater.LocalHost.Durable;

namespace Tidewater.LocalHost.Endpoints;

/// <summary>
/// <c>GET /api/health</c>: anonymous; 200 once the host is ready (storage prepared for events, and the orchestration
/// engine's task hub up), 503 before, with what is still starting.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (StartupGate gate, DurableTaskEngineStatus engine, ModelProvider models) =>
            gate.IsOpen && engine.IsReady
                ? Results.Ok(HealthStatus.Healthy(models.Current.Version))
                : Results.Json(HealthStatus.StartingParts(gate.IsOpen, engine.IsReady), statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health")
            .WithSummary("Readiness")
            .WithTags("health")
            .WithDescription("No key. 200 healthy (with the model version served) once the host accepts events; 503 starting while storage is being prepared or the orchestration engine is starting (events and engine say which).")
            .Produces<HealthStatus>()
            .Produces<HealthStatus>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }
}
