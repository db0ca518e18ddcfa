using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Tidewater.App.Http;
using Tidewater.App.Ingest;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Http;

/// <summary>The hand-written answer of <c>POST /api/events</c> has exactly the shape the API description documents (<see cref="IngestAnswer"/>).</summary>
public sealed class DecisionsResultTests
{
    [Fact]
    public async Task ExecuteAsync_WritesExactlyTheDocumentedShape()
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        EventDecision[] decisions =
        [
            new("e1", new RiskDecision(0.91, Decision.Decline, ["large_amount", "new_merchant"], "v7"), Duplicate: false),
            new("e2", new RiskDecision(0.02, Decision.Approve, [], "v7"), Duplicate: true),
        ];

        await new DecisionsResult(decisions).ExecuteAsync(context);

        // Every property written is one of the record's and every parameter of the record is written.
        var options = new JsonSerializerOptions
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
        };
        HttpJson.Configure(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        var answer = JsonSerializer.Deserialize<IngestAnswer>(body.ToArray(), options)!;

        Assert.Equal(2, answer.Decisions.Count);
        var first = answer.Decisions[0];
        Assert.Equal(("e1", Decision.Decline, 0.91, "v7", false), (first.EventId, first.Decision, first.Score, first.ModelVersion, first.Duplicate));
        Assert.Equal(["large_amount", "new_merchant"], first.Reasons);
        Assert.True(answer.Decisions[1].Duplicate);
        Assert.Empty(answer.Decisions[1].Reasons);
    }
}
