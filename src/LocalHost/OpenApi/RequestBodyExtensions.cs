using Microsoft.OpenApi;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>Documents a JSON body that is one item or an array of items (as <c>POST /api/events</c> reads it).</summary>
public static class RequestBodyExtensions
{
    /// <summary>Makes the <paramref name="mediaType"/> body declared with <c>Accepts&lt;T&gt;</c> one T or an array of 1 to <paramref name="maxItems"/> of them.</summary>
    public static TBuilder WithOneOrManyBody<TBuilder>(this TBuilder endpoint, string mediaType, int maxItems)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue(mediaType, out var content) != true || content!.Schema is not { } item)
            {
                throw new InvalidOperationException($"The {mediaType} body has no Accepts<T> metadata to allow an array of.");
            }

            content.Schema = new OpenApiSchema
            {
                OneOf = [item, new OpenApiSchema { Type = JsonSchemaType.Array, Items = item, MinItems = 1, MaxItems = maxItems }],
            };
            return Task.CompletedTask;
        });
}
