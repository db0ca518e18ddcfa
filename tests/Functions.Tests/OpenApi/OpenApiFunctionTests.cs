using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.Functions.OpenApi;
using Xunit;

namespace Tidewater.Functions.Tests.OpenApi;

public sealed class OpenApiFunctionTests
{
    [Fact]
    public async Task Run_AnswersTheCommittedDocumentAsJson()
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await new OpenApiFunction().Run(context.Request).ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(CommittedDocument.Path));
        Assert.True(JsonNode.DeepEquals(committed, JsonNode.Parse(body.ToArray())), "the embedded document is not docs/openapi.json: rebuild src/Functions");
    }
}
