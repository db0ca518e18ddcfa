using Microsoft.Azure.Functions.Worker;

namespace Tidewater.Functions.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: anonymous; the committed OpenAPI document of every route (as the local host serves it).</summary>
public sealed class OpenApiFunction
{
    /// <summary>The document.</summary>
    [Function(FunctionNames.OpenApi)]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        Results.Bytes(OpenApiDocumentResource.Bytes, "application/json; charset=utf-8");
}
