using System.Net;
using System.Text.Json.Nodes;
using Tidewater.LocalHost.OpenApi;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.OpenApi;

/// <summary>
/// The served document is the committed docs/openapi.json (which the Functions host embeds and serves), so the two
/// cannot drift. <c>UPDATE_OPENAPI=1</c> rewrites the committed file from the served one instead of comparing.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class OpenApiDocumentTests(AzuriteFixture azurite)
{
    public const string UpdateVariable = "UPDATE_OPENAPI";

    public static string CommittedPath => Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json");

    [Fact]
    public async Task Get_WithoutKey_ServesTheCommittedDocument()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        using var client = factory.CreateClient();

        var response = await client.GetAsync(OpenApiExtensions.Route);
        string served = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, JsonNode.Parse(served)!.ToJsonString(OpenApiJson.Indented) + "\n");
            return;
        }

        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing. {Regenerate}");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedPath));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(served), committed), $"docs/openapi.json differs from the document the local host serves. {Regenerate}");
    }

    private static string Regenerate =>
        $"Regenerate it with `{UpdateVariable}=1 dotnet test tests/LocalHost.Tests -c Release --filter FullyQualifiedName~OpenApiDocumentTests`, review the diff and commit it.";
}
