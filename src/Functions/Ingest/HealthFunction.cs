using Microsoft.Azure.Functions.Worker;
using Tidewater.App;
using Tidewater.App.Http;
using Tidewater.App.Scoring;

namespace Tidewater.Functions.Ingest;

/// <summary><c>GET /api/health</c>: anonymous; 200 once the host is ready to accept events, 503 before (as on the local host).</summary>
public sealed class HealthFunction(StartupGate gate, ModelProvider models)
{
    /// <summary>The readiness answer.</summary>
    [Function(FunctionNames.Health)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        gate.IsOpen
            ? Results.Ok(HealthStatus.Healthy(models.Current.Version))
            : Results.Json(HealthStatus.Starting, statusCode: StatusCodes.Status503ServiceUnavailable);
}
