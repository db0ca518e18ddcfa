using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Tidewater.LocalHost.OpenApi;

/// <summary>
/// The document's title, version and description, and no <c>servers</c>: paths are relative to wherever the document
/// was fetched from, so the same document describes the local host and the Functions app.
/// </summary>
public sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The API's version, changed when a route or shape changes incompatibly.</summary>
    public const string ApiVersion = "1.0.0";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info = new OpenApiInfo
        {
            Title = "Tidewater",
            Version = ApiVersion,
            Description =
                "Payment events scored in real time, and the batch that recounts each window and refreshes the model. " +
                "The local host and the Azure Functions app serve the same routes. Keyed routes take the key in the " +
                "x-functions-key header or the code query parameter; admin routes need the admin (master) key. " +
                "Client mistakes are answered with application/problem+json whose errors name the field.",
        };
        document.Servers = [];
        return Task.CompletedTask;
    }
}
