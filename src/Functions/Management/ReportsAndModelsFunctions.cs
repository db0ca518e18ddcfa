using Microsoft.Azure.Functions.Worker;
using Tidewater.App.Management;
using Tidewater.App.Http;

namespace Tidewater.Functions.Management;

/// <summary><c>GET /api/reports/{id}</c> (JSON, or <c>?format=html</c>), <c>GET /api/models/current</c> and <c>POST /api/models/pin</c> (admin).</summary>
public sealed class ReportsAndModelsFunctions(ReportReader reports, ModelManagementHandler models)
{
    /// <summary>A batch's report, or 404 while there is none.</summary>
    [Function(FunctionNames.GetReport)]
    public Task<IResult> GetReportAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/{id}")] HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementHttp.GetReportAsync(request, id, reports);
    }

    /// <summary>The current model and the version this host serves.</summary>
    [Function(FunctionNames.GetCurrentModel)]
    public async Task<IResult> GetCurrentModelAsync([HttpTrigger(AuthorizationLevel.Function, "get", Route = "models/current")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Results.Ok(await models.GetCurrentAsync(request.HttpContext.RequestAborted));
    }

    /// <summary>Points the real-time path at a published version and (by default) pins it.</summary>
    [Function(FunctionNames.PinModel)]
    public Task<IResult> PinModelAsync([HttpTrigger(AuthorizationLevel.Admin, "post", Route = "models/pin")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementHttp.PinModelAsync(request, models);
    }
}
