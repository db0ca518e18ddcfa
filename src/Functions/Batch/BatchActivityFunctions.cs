using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Batch;

namespace Tidewater.Functions.Batch;

/// <summary>
/// The batch activities (<see cref="BatchFunctions.Activities"/>): each resolves the App activity from the
/// invocation's services and runs it, as the local engine does.
/// </summary>
public sealed class BatchActivityFunctions(IServiceProvider services)
{
    /// <summary>Plans a window's batch.</summary>
    [Function(PlanBatchActivity.Name)]
    public Task<BatchPlan> PlanBatchAsync([ActivityTrigger] PlanBatchInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<PlanBatchActivity>().RunAsync(input, cancellationToken);

    /// <summary>Indexes one chunk's event ids.</summary>
    [Function(IndexChunkActivity.Name)]
    public Task<ChunkResult> IndexChunkAsync([ActivityTrigger] ChunkTask input, CancellationToken cancellationToken) =>
        services.GetRequiredService<IndexChunkActivity>().RunAsync(input, cancellationToken);

    /// <summary>Finds the records to skip so each event id counts once.</summary>
    [Function(ResolveDuplicatesActivity.Name)]
    public Task<DuplicateResolution> ResolveDuplicatesAsync([ActivityTrigger] ResolveDuplicatesInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<ResolveDuplicatesActivity>().RunAsync(input, cancellationToken);

    /// <summary>Processes one chunk (stats or score pass).</summary>
    [Function(ProcessChunkActivity.Name)]
    public Task<ChunkResult> ProcessChunkAsync([ActivityTrigger] ChunkTask input, CancellationToken cancellationToken) =>
        services.GetRequiredService<ProcessChunkActivity>().RunAsync(input, cancellationToken);

    /// <summary>Merges chunk partials in chunk order.</summary>
    [Function(MergePartialsActivity.Name)]
    public Task<MergedPartial> MergePartialsAsync([ActivityTrigger] MergePartialsInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<MergePartialsActivity>().RunAsync(input, cancellationToken);

    /// <summary>Refreshes the model with the window.</summary>
    [Function(RefreshModelActivity.Name)]
    public Task<ModelRefreshResult> RefreshModelAsync([ActivityTrigger] RefreshModelInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefreshModelActivity>().RunAsync(input, cancellationToken);

    /// <summary>Writes the batch report.</summary>
    [Function(BatchReportActivity.Name)]
    public Task<BatchReportResult> BatchReportAsync([ActivityTrigger] BatchReportInput input, CancellationToken cancellationToken) =>
        services.GetRequiredService<BatchReportActivity>().RunAsync(input, cancellationToken);
}
