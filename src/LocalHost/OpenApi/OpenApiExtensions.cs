namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// The OpenAPI document of the HTTP routes: generated from the endpoints' metadata (summaries, bodies, answers, keys)
/// and served anonymously at <see cref="Route"/>. The Functions host serves the committed copy, docs/openapi.json.
/// </summary>
public static class OpenApiExtensions
{
    /// <summary>The document's name (Microsoft.AspNetCore.OpenApi's default document).</summary>
    public const string DocumentName = "v1";

    /// <summary>Where the document is served, under the same <c>/api</c> prefix as the Functions host's routes.</summary>
    public const string Route = "/api/openapi.json";

    /// <summary>Registers the document with its title, key schemes, wire names and optional nulls.</summary>
    public static IServiceCollection AddTidewaterOpenApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<KeySecurityTransformer>();
            options.AddOperationTransformer<KeySecurityTransformer>();
            options.AddSchemaTransformer<WireNameSchemaTransformer>();
            options.AddSchemaTransformer<OmittedNullsSchemaTransformer>();
        });
    }

    /// <summary>Maps <c>GET /api/openapi.json</c> (no key, like health).</summary>
    public static IEndpointConventionBuilder MapTidewaterOpenApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.MapOpenApi(Route);
    }
}
