using Microsoft.OpenApi;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>What a route's answers carry beyond the <c>Produces</c> metadata: headers, and a second media type of one status.</summary>
public static class ResponseDocumentationExtensions
{
    /// <summary>Documents the header <paramref name="name"/> on the <paramref name="status"/> answer (declared with <c>Produces</c>).</summary>
    public static TBuilder WithResponseHeader<TBuilder>(this TBuilder endpoint, int status, string name, string description, JsonSchemaType type = JsonSchemaType.String, string? format = null)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var response = Response(operation, status);
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type, Format = format } };
            return Task.CompletedTask;
        });

    /// <summary>Adds <paramref name="mediaType"/> (text, any string) beside the media type <c>Produces</c> declared for <paramref name="status"/>.</summary>
    public static TBuilder WithTextContent<TBuilder>(this TBuilder endpoint, int status, string mediaType)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var response = Response(operation, status);
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            response.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            return Task.CompletedTask;
        });

    private static OpenApiResponse Response(OpenApiOperation operation, int status) =>
        operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) == true && response is OpenApiResponse declared
            ? declared
            : throw new InvalidOperationException($"The {status} answer has no Produces metadata to add headers or media types to.");
}
