using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// The HTTP JSON options leave out null properties (<c>WhenWritingNull</c>), so a property that may be null may be
/// missing: it is not required, unless its type marks it <see cref="RequiredAttribute"/> (a request field the handler
/// refuses without). Otherwise every positional record parameter would read as required.
/// </summary>
public sealed class OmittedNullsSchemaTransformer(IOptions<HttpJsonOptions> json) : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (json.Value.SerializerOptions.DefaultIgnoreCondition != JsonIgnoreCondition.WhenWritingNull || schema.Required is not { Count: > 0 } required || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in context.JsonTypeInfo.Properties)
        {
            bool marked = property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true;
            bool nullable = property.IsGetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null
                || (schema.Properties.TryGetValue(property.Name, out var described) && MayBeNull(described));
            if (!marked && nullable)
            {
                required.Remove(property.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(MayBeNull) == true || schema.AnyOf?.Any(MayBeNull) == true;
}
