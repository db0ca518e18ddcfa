using Microsoft.Azure.Functions.Worker;
using Tidewater.App.Management;
using Tidewater.Functions.Batch;
using Tidewater.App.Http;
using DurableTaskClient = Microsoft.DurableTask.Client.DurableTaskClient;

namespace Tidewater.Functions.Management;

/// <summary>
/// The batch management routes under <c>/api/batches</c>, as on the local host (terminate and purge need the admin
/// key). Each builds the shared handler over this invocation's Durable client; status links point at these routes.
/// </summary>
public sealed class BatchesFunctions(IServiceProvider services)
{
    /// <summary>Starts one batch per sealed window of <c>{from, to}</c> (202 with their links).</summary>
    [Function(FunctionNames.StartBatches)]
    public Task<IResult> StartAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "batches")] HttpRequest request, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementHttp.StartBatchesAsync(request, Handler(client));
    }

    /// <summary>Batches, newest first, filtered by <c>status</c> (comma-separated), <c>from</c> and <c>to</c>.</summary>
    [Function(FunctionNames.ListBatches)]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "batches")] HttpRequest request, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementHttp.ListBatchesAsync(request, Handler(client));
    }

    /// <summary>One batch's status, progress, result or failure, and links.</summary>
    [Function(FunctionNames.GetBatch)]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "batches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementResults.ToHttp(await Handler(client).GetAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted));
    }

    /// <summary>Terminates a running batch (admin), with the optional <c>reason</c> as its output.</summary>
    [Function(FunctionNames.TerminateBatch)]
    public async Task<IResult> TerminateAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "batches/{id}/terminate")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? reason = request.Query["reason"].Count > 0 ? request.Query["reason"].ToString() : null;
        return ManagementResults.ToHttp(await Handler(client).TerminateAsync(id, reason, RequestBaseUri.From(request), request.HttpContext.RequestAborted));
    }

    /// <summary>Runs a finished batch again as a new instance that reuses every completed chunk.</summary>
    [Function(FunctionNames.RedriveBatch)]
    public async Task<IResult> RedriveAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "batches/{id}/redrive")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementResults.ToHttp(await Handler(client).RedriveAsync(id, RequestBaseUri.From(request), request.HttpContext.RequestAborted));
    }

    /// <summary>Purges a finished batch's history and its sub-orchestrations' (admin); the report stays.</summary>
    [Function(FunctionNames.PurgeBatch)]
    public async Task<IResult> PurgeAsync(
        [HttpTrigger(AuthorizationLevel.Admin, "delete", Route = "batches/{id}")] HttpRequest request, string id, [DurableClient] DurableTaskClient client)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ManagementResults.ToHttp(await Handler(client).PurgeAsync(id, request.HttpContext.RequestAborted), purged => new PurgedBatch(id, purged));
    }

    private BatchManagementHandler Handler(DurableTaskClient client) => DurableHandlers.BatchManagement(services, client);
}
