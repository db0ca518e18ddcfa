using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using Tidewater.Functions.OpenApi;
using Xunit;

namespace Tidewater.Functions.Tests.OpenApi;

/// <summary>
/// Every HTTP-triggered function is an operation of the document it serves, and every operation a function: the same
/// method and path (under host.json's route prefix), keyed exactly when its trigger's level is not anonymous.
/// </summary>
public sealed class OpenApiRouteCoverageTests
{
    [Fact]
    public void EveryHttpFunction_IsADocumentedOperation_AndEveryOperationAFunction()
    {
        var document = JsonNode.Parse(OpenApiDocumentResource.Bytes.Span)!;
        var routes = HttpRoutes();
        var failures = new List<string>();

        foreach (var (name, method, path, level) in routes)
        {
            string route = $"{method.ToUpperInvariant()} {path} ({name})";
            if (document["paths"]?[path]?[method] is not JsonObject operation)
            {
                failures.Add($"{route} is a function but not in docs/openapi.json: map it on the local host too and regenerate the document");
                continue;
            }

            bool keyed = operation["security"] is JsonArray { Count: > 0 };
            if (keyed != (level != AuthorizationLevel.Anonymous))
            {
                failures.Add($"{route} has level {level} but the document {(keyed ? "requires" : "requires no")} key");
            }

            string? documented = operation["x-functions-authorization-level"]?.GetValue<string>();
            string? expected = level switch { AuthorizationLevel.Anonymous => null, AuthorizationLevel.Admin => "admin", _ => "function" };
            if (documented != expected)
            {
                failures.Add($"{route} has level {level} but the document says '{documented}'");
            }
        }

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, _) in item!.AsObject())
            {
                if (!routes.Any(r => r.Method == method && r.Path == path))
                {
                    failures.Add($"{method.ToUpperInvariant()} {path} is in the document but no function serves it");
                }
            }
        }

        Assert.Contains(routes, r => r.Name == FunctionNames.IngestEvents);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static List<(string Name, string Method, string Path, AuthorizationLevel Level)> HttpRoutes()
    {
        string prefix = RoutePrefix();
        return
        [
            .. from type in typeof(FunctionNames).Assembly.GetTypes()
               from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
               let function = method.GetCustomAttribute<FunctionAttribute>()
               where function is not null && function.Name != FunctionNames.OpenApi
               from trigger in method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>()
               from verb in trigger.Methods ?? []
               select (function.Name, verb.ToLowerInvariant(), "/" + prefix + "/" + (trigger.Route ?? function.Name), trigger.AuthLevel),
        ];
    }

    /// <summary>host.json's <c>extensions.http.routePrefix</c> (the Functions default is api), as the Functions host reads it.</summary>
    private static string RoutePrefix()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));
        return host?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
    }
}
