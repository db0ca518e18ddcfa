using System.Diagnostics;

namespace Tidewater.LocalHost.Diagnostics;

/// <summary>
/// Logs one line per request (method, path, redacted query, status, duration) in place of ASP.NET Core's own request
/// logs, which would print the <c>code</c> key in the query string. Server errors are logged as warnings; every
/// other request at debug level.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = Stopwatch.GetTimestamp();
        await next(context);
        int status = context.Response.StatusCode;
        if (status >= 500 || logger.IsEnabled(LogLevel.Debug))
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            string query = Redact(context.Request.QueryString.Value);
            if (status >= 500)
            {
                LogServerError(logger, context.Request.Method, context.Request.Path.Value, query, status, elapsed);
            }
            else
            {
                LogRequest(logger, context.Request.Method, context.Request.Path.Value, query, status, elapsed);
            }
        }
    }

    /// <summary>Replaces the value of every <c>code</c> query parameter with <c>REDACTED</c>.</summary>
    public static string Redact(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var parts = query.TrimStart('?').Split('&');
        for (int i = 0; i < parts.Length; i++)
        {
            int equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            string name = equals < 0 ? parts[i] : parts[i][..equals];
            if (Uri.UnescapeDataString(name).Equals("code", StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = name + "=REDACTED";
            }
        }

        return "?" + string.Join('&', parts);
    }

    [LoggerMessage(2001, LogLevel.Debug, "HTTP {Method} {Path}{Query} -> {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string? path, string query, int statusCode, double elapsedMs);

    [LoggerMessage(2002, LogLevel.Warning, "HTTP {Method} {Path}{Query} -> {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogServerError(ILogger logger, string method, string? path, string query, int statusCode, double elapsedMs);
}
