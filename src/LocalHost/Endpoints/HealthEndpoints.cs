using Tidewater.App;
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
                ? Results.Ok(new { status = "healthy", modelVersion = models.Current.Version })
                : Results.Json(
                    new { status = "starting", events = gate.IsOpen ? "ready" : "starting", engine = engine.IsReady ? "ready" : "starting" },
                    statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("Health");
        return routes;
    }
}
