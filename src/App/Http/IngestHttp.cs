using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Ingest;

namespace Tidewater.App.Http;

/// <summary>
/// <c>POST /api/events</c> as HTTP, shared by both hosts so they answer byte for byte alike: 200 decisions,
/// 400/413/415 problem+json naming the field, 503 with <c>Retry-After</c> when storage cannot take the write.
/// </summary>
public static class IngestHttp
{
    /// <summary>Seconds a client is asked to wait after a 503.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>Reads, ingests and answers one call.</summary>
    public static async Task<IResult> PostEventsAsync(HttpRequest request, IngestHandler handler, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(options);
        var context = request.HttpContext;
        if (!BodyFormats.TryParse(request.ContentType, out var format))
        {
            return Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type",
                "must be application/json or application/x-ndjson (UTF-8)");
        }

        int maxBytes = options.MaxRequestBytes;
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
