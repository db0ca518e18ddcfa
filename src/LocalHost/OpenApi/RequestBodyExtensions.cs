using Microsoft.OpenApi;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// Documents a body that the shared handler reads from the request itself. Not <c>Accepts&lt;T&gt;</c>: its metadata
/// also makes routing answer any other content type with a bare 415 before the handler runs, where the handler's own
/// 415 is problem+json naming the Content-Type field.
/// </summary>
public static class RequestBodyExtensions
{
    /// <summary>Documents a required body of one <typeparamref name="T"/> in each of <paramref name="mediaTypes"/>.</summary>
    public static RouteHandlerBuilder WithBody<T>(this RouteHandlerBuilder endpoint, params string[] mediaTypes) =>
        endpoint.WithBody<T>((_, item) => item, mediaTypes);

    /// <summary>
    /// Documents a required body that in <paramref name="arrayMediaType"/> is one <typeparamref name="T"/> or an array of
    /// 1 to <paramref name="maxItems"/>, and one <typeparamref name="T"/> (a line) in each of <paramref name="itemMediaTypes"/>.
    /// </summary>
    public static RouteHandlerBuilder WithOneOrManyBody<T>(this RouteHandlerBuilder endpoint, string arrayMediaType, int maxItems, params string[] itemMediaTypes) =>
        endpoint.WithBody<T>(
            (mediaType, item) => mediaType != arrayMediaType
                ? item
                : new OpenApiSchema { OneOf = [item, new OpenApiSchema { Type = JsonSchemaType.Array, Items = item, MinItems = 1, MaxItems = maxItems }] },
            [arrayMediaType, .. itemMediaTypes]);

    private static RouteHandlerBuilder WithBody<T>(this RouteHandlerBuilder endpoint, Func<string, IOpenApiSchema, IOpenApiSchema> shape, string[] mediaTypes) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            // A component named as the generator names one (the type's name), referenced from the body.
            var document = context.Document ?? throw new InvalidOperationException("The operation has no document to hold the body's schema.");
            string id = typeof(T).Name;
            document.AddComponent<IOpenApiSchema>(id, await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken));
            var item = new OpenApiSchemaReference(id, document);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = mediaTypes.ToDictionary(type => type, type => new OpenApiMediaType { Schema = shape(type, item) }),
            };
        });
}
