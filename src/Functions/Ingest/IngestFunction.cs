using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Ingest;
using Tidewater.App.Http;

namespace Tidewater.Functions.Ingest;

/// <summary><c>POST /api/events</c>: the real-time path's HTTP trigger, answering exactly as the local host does.</summary>
public sealed class IngestFunction(IngestHandler handler, IOptions<IngestOptions> options)
{
    /// <summary>Validates, scores and stores the body's events; 200 decisions, 400/413/415 problem+json, 503 with Retry-After.</summary>
    [Function(FunctionNames.IngestEvents)]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Function, "post", Route = "events")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IngestHttp.PostEventsAsync(request, handler, options.Value);
    }
}
