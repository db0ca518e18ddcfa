using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.LocalHost.OpenApi;
using Tidewater.LocalHost.Security;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.OpenApi;

/// <summary>
/// Every route the local host maps is an operation of the served document and every operation a route: with a summary,
/// a success answer, the key schemes exactly where <c>RequireKey</c> put a key (and its 401), and a problem+json 400
/// wherever it takes a body. No route has <c>Accepts</c> metadata: the handlers check the content type themselves.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class OpenApiRouteCoverageTests(AzuriteFixture azurite)
{
    private const string Problem = "application/problem+json";

    [Fact]
    public async Task EveryMappedRoute_IsADocumentedOperation()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = factory.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(OpenApiExtensions.Route))!;
        var routes = MappedRoutes(factory.Services.GetRequiredService<EndpointDataSource>());
        var failures = new List<string>();

        foreach (var (method, path, key, accepts) in routes)
        {
            string name = $"{method.ToUpperInvariant()} {path}";
            if (accepts)
            {
                failures.Add($"{name} has Accepts metadata: routing would answer other content types with a bare 415 before the handler's problem+json (document the body with WithBody<T>)");
            }

            if (document["paths"]?[path]?[method] is not JsonObject operation)
            {
                failures.Add($"{name} is mapped but not in the document (add its summary and answers, or remove its ExcludeFromDescription)");
                continue;
            }

            failures.AddRange(Check(name, operation, key));
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                if (!routes.Any(r => r.Method == method && r.Path == path))
                {
                    failures.Add($"{method.ToUpperInvariant()} {path} is in the document but the local host maps no such route");
                }
            }
        }

        Assert.Contains(routes, r => r.Path == "/api/events");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static List<(string Method, string Path, AuthorizationLevel Key, bool Accepts)> MappedRoutes(EndpointDataSource endpoints) =>
    [
        .. from endpoint in endpoints.Endpoints.OfType<RouteEndpoint>()
           let path = "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
           where path.StartsWith("/api/", StringComparison.Ordinal) && path != OpenApiExtensions.Route
           from method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []
           select (method.ToLowerInvariant(), path, endpoint.Metadata.GetMetadata<KeyRequirement>()?.Level ?? AuthorizationLevel.Anonymous,
               endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null),
    ];

    private static IEnumerable<string> Check(string name, JsonObject operation, AuthorizationLevel key)
    {
        if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()))
        {
            yield return $"{name} has no summary (WithSummary)";
        }

        var responses = operation["responses"]?.AsObject() ?? [];
        if (!responses.Any(r => r.Key.StartsWith('2') && r.Value?["content"] is JsonObject))
        {
            yield return $"{name} declares no success answer with a body (Produces<T>)";
        }

        bool secured = operation["security"] is JsonArray { Count: > 0 } security
            && security.Any(r => r?[KeySecurityTransformer.HeaderScheme] is not null)
            && security.Any(r => r?[KeySecurityTransformer.QueryScheme] is not null);
        if (secured != (key != AuthorizationLevel.Anonymous))
        {
            yield return secured ? $"{name} needs no key but the document requires one" : $"{name} needs a {key} key but the document requires none";
        }

        if (key != AuthorizationLevel.Anonymous)
        {
            string? level = operation[KeySecurityTransformer.LevelExtension]?.GetValue<string>();
            if (level != (key == AuthorizationLevel.Admin ? "admin" : "function"))
            {
                yield return $"{name} needs a {key} key but {KeySecurityTransformer.LevelExtension} is '{level}'";
            }

            if (responses["401"]?["content"]?[Problem] is null)
            {
                yield return $"{name} needs a key but lists no 401 {Problem}";
            }
        }

        if (operation["requestBody"] is not null && responses["400"]?["content"]?[Problem] is null)
        {
            yield return $"{name} takes a body but lists no 400 {Problem} (ProducesValidationProblem)";
        }
    }
}
