using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>Documents a query parameter that the shared handler reads from the request itself (so the route has no bound parameter for it).</summary>
public static class QueryParameterExtensions
{
    /// <summary>Adds the optional query parameter <paramref name="name"/> to the route's operation.</summary>
    /// <param name="endpoint">The route.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="description">What it does.</param>
    /// <param name="format">The string format, e.g. <c>date-time</c>; none when null.</param>
    /// <param name="values">The only values it takes; any string when null.</param>
    public static TBuilder WithQueryParameter<TBuilder>(this TBuilder endpoint, string name, string description, string? format = null, IReadOnlyList<string>? values = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Format = format,
                    Enum = values is null ? null : [.. values.Select(value => (JsonNode)JsonValue.Create(value))],
                },
            });
            return Task.CompletedTask;
        });
}
