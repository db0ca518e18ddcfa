using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;

namespace Tidewater.App.Http;

/// <summary>Writes <c>200 {"decisions":[...]}</c> straight to the response pipe (the hot path's answer).</summary>
public sealed class DecisionsResult(IReadOnlyList<EventDecision> decisions) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("decisions");
            foreach (var decision in decisions)
            {
                writer.WriteStartObject();
                writer.WriteString("eventId", decision.EventId);
                DecisionJson.WriteFields(writer, decision.Decision);
                writer.WriteBoolean("duplicate", decision.Duplicate);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
