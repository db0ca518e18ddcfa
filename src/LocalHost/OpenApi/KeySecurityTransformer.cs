using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// The key schemes of the Functions host (the <c>x-functions-key</c> header or the <c>code</c> query parameter), required
/// on exactly the operations whose endpoint carries a <see cref="KeyRequirement"/> (put there by <c>RequireKey</c>);
/// admin operations say so in their description and in <see cref="LevelExtension"/>.
/// </summary>
public sealed class KeySecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <summary>The scheme of a key in the <c>x-functions-key</c> header.</summary>
    public const string HeaderScheme = "functionsKeyHeader";

    /// <summary>The scheme of a key in the <c>code</c> query parameter.</summary>
    public const string QueryScheme = "functionsKeyQuery";

    /// <summary>The operation extension naming the key level: <c>function</c> or <c>admin</c>.</summary>
    public const string LevelExtension = "x-functions-authorization-level";

    /// <summary>Declares the two schemes.</summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        const string Keys = "A function key (or the admin key); admin routes take only the admin key.";
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "x-functions-key", Description = Keys,
        };
        document.Components.SecuritySchemes[QueryScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Query, Name = "code", Description = Keys,
        };
        return Task.CompletedTask;
    }

    /// <summary>Requires either scheme on a keyed operation.</summary>
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var requirement = context.Description.ActionDescriptor.EndpointMetadata.OfType<KeyRequirement>().LastOrDefault();
        if (requirement is null || requirement.Level == AuthorizationLevel.Anonymous)
        {
            return Task.CompletedTask;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(QueryScheme, context.Document)] = [] },
        ];
        bool admin = requirement.Level == AuthorizationLevel.Admin;
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[LevelExtension] = new JsonNodeExtension(JsonValue.Create(admin ? "admin" : "function"));
        if (admin)
        {
            const string Note = "Needs the admin key: a function key is refused with 401.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? Note : operation.Description + " " + Note;
        }

        return Task.CompletedTask;
    }
}
