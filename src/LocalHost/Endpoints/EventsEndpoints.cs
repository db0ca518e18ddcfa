using System.Globalization;
using Microsoft.Extensions.Options;
using Tidewater.App;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Ingest;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost.Endpoints;

/// <summary><c>POST /api/events</c>: the HTTP trigger of the real-time path.</summary>
public static class EventsEndpoints
{
    /// <summary>Seconds a client is asked to wait after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Maps the route.</summary>
    public static IEndpointRouteBuilder MapEventsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/events", PostAsync)
            .WithName("IngestEvents")
            .RequireKey(routes, AuthorizationLevel.Function);
        return routes;
    }

    private static async Task<IResult> PostAsync(HttpContext context, IngestHandler handler, IOptions<IngestOptions> options)
    {
        var request = context.Request;
        if (!BodyFormats.TryParse(request.ContentType, out var format))
        {
            return Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                "must be application/json or application/x-ndjson (UTF-8)");
        }

        int maxBytes = options.Value.MaxRequestBytes;
        RequestBody? read;
        try
        {
            read = await RequestBody.ReadAsync(request, maxBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            return Problems.Field(ex.StatusCode, "Bad request body", "$", "could not be read: " + ex.Message);
        }

        using var body = read;
        if (body is null)
        {
            return Problems.Field(StatusCodes.Status413PayloadTooLarge, "Payload too large", "$",
                string.Create(CultureInfo.InvariantCulture, $"must be at most {maxBytes} bytes"));
        }

        IngestResult result;
        try
        {
            result = await handler.HandleAsync(body.Memory, format, EventSource.Http, context.RequestAborted);
        }
        catch (StorageUnavailableException ex)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable",
                detail: ex.Message + " Nothing of this call was acknowledged; retry it (repeated event ids are recognised).");
        }

        return result.IsAccepted ? new DecisionsResult(result.Decisions) : Problems.Validation(result.Problems);
    }
}
