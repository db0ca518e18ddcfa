using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tidewater.App.Management;
using Microsoft.DurableTask.Client;

namespace Tidewater.App.Http;

/// <summary>
/// The management routes as HTTP, shared by both hosts: request parsing (with problem+json naming the field) and
/// answers. Each host only binds the route and the key level, and supplies the handler.
/// </summary>
public static class ManagementHttp
{
    /// <summary>The statuses <c>?status=</c> accepts: Durable's, without the obsolete ContinuedAsNew and Canceled.</summary>
    private static readonly OrchestrationRuntimeStatus[] ListableStatuses =
    [
        OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended,
        OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated,
    ];

    /// <summary><c>POST /api/batches</c> with <c>{from, to, modelVersion?, publishModel?}</c>.</summary>
    public static async Task<IResult> StartBatchesAsync(HttpRequest request, BatchManagementHandler handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        var (body, problem) = await ReadJsonAsync<StartBatchesRequest>(request, "a JSON object {from, to, modelVersion?} is required");
        if (problem is not null)
        {
            return problem;
        }

        var result = await handler.StartAsync(body!, RequestBaseUri.From(request), request.HttpContext.RequestAborted);
        return ManagementResults.ToHttp(result, links => new StartedBatches(links), result.Value is [var single] ? single.StatusQueryGetUri.ToString() : null);
    }

    /// <summary><c>GET /api/batches?status=a,b&amp;from=&amp;to=</c>.</summary>
    public static async Task<IResult> ListBatchesAsync(HttpRequest request, BatchManagementHandler handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var name in request.Query["status"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var parsed) || int.TryParse(name, out _) || !ListableStatuses.Contains(parsed))
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", "status", $"'{name}' is not one of pending, running, suspended, completed, failed, terminated");
            }

            statuses.Add(parsed);
        }

        if (!TryReadTime(request, "from", out var from) || !TryReadTime(request, "to", out var to))
        {
            string field = TryReadTime(request, "from", out _) ? "to" : "from";
            return Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", field, "is not a valid date-time (RFC 3339)");
        }

        var batches = await handler.ListAsync(statuses.Count == 0 ? null : statuses, from, to, RequestBaseUri.From(request), request.HttpContext.RequestAborted);
        return Results.Ok(new BatchList(batches));
    }

    /// <summary><c>GET /api/reports/{id}</c> (JSON, or the page with <c>?format=html</c>).</summary>
    public static async Task<IResult> GetReportAsync(HttpRequest request, string id, ReportReader reports)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reports);
        bool html = string.Equals(request.Query["format"], "html", StringComparison.OrdinalIgnoreCase);
        return await reports.ReadAsync(id, html, request.HttpContext.RequestAborted) is { } report
            ? Results.Bytes(report.ToMemory(), html ? "text/html; charset=utf-8" : "application/json; charset=utf-8")
            : Problems.Field(StatusCodes.Status404NotFound, "Not found", "id", $"no report for '{id}' (yet)");
    }

    /// <summary><c>POST /api/models/pin</c> with <c>{version, pinned?}</c>.</summary>
    public static async Task<IResult> PinModelAsync(HttpRequest request, ModelManagementHandler models)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(models);
        var (body, problem) = await ReadJsonAsync<PinModelRequest>(request, "a JSON object {version, pinned?} is required");
        return problem ?? ManagementResults.ToHttp(await models.PinAsync(body!, request.HttpContext.RequestAborted));
    }

    private static async Task<(T? Body, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, string expected)
        where T : class
    {
        try
        {
            var body = await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
            return body is null ? (null, Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", "$", expected)) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Field(StatusCodes.Status400BadRequest, "Invalid request", ex.Path ?? "$", "is not valid: " + ex.Message.Split('.')[0]));
        }
        catch (InvalidOperationException)
        {
            return (null, Problems.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Content-Type", "must be application/json"));
        }
    }

    private static bool TryReadTime(HttpRequest request, string name, out DateTimeOffset? value)
    {
        value = null;
        string text = request.Query[name].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        bool ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }
}
