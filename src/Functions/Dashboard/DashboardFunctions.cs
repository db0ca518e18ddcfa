using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Dashboard;
using Tidewater.Functions.Batch;
using DurableTaskClient = Microsoft.DurableTask.Client.DurableTaskClient;

namespace Tidewater.Functions.Dashboard;

/// <summary>
/// The dashboard as on the local host: the page and its files (anonymous) and the summary (function key), answered by
/// the same App helpers. Routes never overlap: the Functions host orders routes by function name, not by how specific
/// they are, so a catch-all under <c>dashboard/</c> could take the summary's calls.
/// </summary>
public sealed class DashboardFunctions(DashboardAssets assets, IServiceProvider services)
{
    /// <summary>The name of <c>GET /api/dashboard</c>.</summary>
    public const string PageName = "Dashboard";

    /// <summary>The name of <c>GET /api/dashboard/assets/{name}</c>.</summary>
    public const string AssetName = "DashboardAsset";

    /// <summary>The name of <c>GET /api/dashboard/summary</c>.</summary>
    public const string SummaryName = "DashboardSummary";

    /// <summary>The page.</summary>
    [Function(PageName)]
    public IResult Page([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard")] HttpRequest request) =>
        DashboardHttp.Page(request, assets);

    /// <summary>The page's script or style sheet.</summary>
    [Function(AssetName)]
    public IResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/assets/{name}")] HttpRequest request, string name) =>
        DashboardHttp.Asset(request, name, assets);

    /// <summary>The timeline, agreement and model history, over this invocation's Durable client.</summary>
    [Function(SummaryName)]
    public Task<IResult> SummaryAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "dashboard/summary")] HttpRequest request, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handler = ActivatorUtilities.CreateInstance<DashboardHandler>(services, DurableHandlers.BatchManagement(services, client));
        return DashboardHttp.SummaryAsync(request, handler);
    }
}
