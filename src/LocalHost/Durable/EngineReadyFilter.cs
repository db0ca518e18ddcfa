using System.Globalization;
using Tidewater.App.Http;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Answers 503 problem+json with <c>Retry-After</c> on routes that call the engine while it is still starting (its
/// task hub is created in the background, and takes longer while storage is down), instead of the 500 a failed
/// sidecar call would give.
/// </summary>
internal sealed class EngineReadyFilter(DurableTaskEngineStatus engine) : IEndpointFilter
{
    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (engine.IsReady)
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.RetryAfter = IngestHttp.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Service unavailable",
            detail: "The orchestration engine is still starting; retry the call."));
    }
}
