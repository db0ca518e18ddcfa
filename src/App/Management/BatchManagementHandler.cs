using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Configuration;

namespace Tidewater.App.Management;

/// <summary>
/// The operator's batch calls shared by both hosts: start a range of windows, list, status, terminate, redrive,
/// purge. Client mistakes come back as <see cref="ManagementResult{T}"/> naming the field.
/// </summary>
public sealed partial class BatchManagementHandler(
    DurableTaskClient client,
    IBatchStarter starter,
    BatchModelStore models,
    WindowClock clock,
    IOptions<AccumulationOptions> accumulation)
{
    /// <summary>Most windows one start call may cover.</summary>
    public const int MaxWindowsPerCall = 1000;

    /// <summary>Starts one batch per sealed window in the range: get-then-start with the scheduled ids, or replays when a model is pinned.</summary>
    public async Task<ManagementResult<IReadOnlyList<BatchStatusLinks>>> StartAsync(StartBatchesRequest request, Uri baseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ValidateRange(request) is { } invalid)
        {
            return invalid;
        }

        if (request.ModelVersion is { } named && !ModelVersions.IsWellFormed(named))
        {
            return ManagementResult<IReadOnlyList<BatchStatusLinks>>.Fail(ManagementStatus.Invalid, "modelVersion", ModelVersions.WellFormedRule);
        }

        if (request.ModelVersion is { } version && !await models.IsPublishedAsync(version, cancellationToken) && version != Domain.Scoring.RiskModel.Default.Version)
        {
            return ManagementResult<IReadOnlyList<BatchStatusLinks>>.Fail(ManagementStatus.Invalid, "modelVersion", $"no published model version '{version}'");
        }

        var links = new List<BatchStatusLinks>();
        for (var window = clock.WindowOf(request.From!.Value); window.Start < request.To!.Value; window = new WindowKey(window.End, window.Length))
        {
            string id = request.ModelVersion is null
                ? BatchInstanceIds.Scheduled(window)
                : await NextFreeIdAsync(attempt => BatchInstanceIds.Replay(window, attempt), cancellationToken);
            var input = new BatchRequest(window.Id, accumulation.Value.WindowMinutes, request.ModelVersion, request.ModelVersion is null || request.PublishModel == true);
            await starter.GetOrStartAsync(id, input, cancellationToken);
            links.Add(BatchStatusLinks.For(baseUri, id));
        }

        return ManagementResult<IReadOnlyList<BatchStatusLinks>>.Accepted(links);
    }

    /// <summary>One batch's status, or 404.</summary>
    public async Task<ManagementResult<BatchStatus>> GetAsync(string id, Uri baseUri, CancellationToken cancellationToken) =>
        await FindBatchAsync(id, cancellationToken) is { } instance
            ? ManagementResult<BatchStatus>.Ok(BatchStatus.From(instance, baseUri))
            : NotFound<BatchStatus>(id);

    /// <summary>Batches (not their sub-orchestrations), newest first, filtered by status and creation time.</summary>
    public async Task<IReadOnlyList<BatchStatus>> ListAsync(IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses, DateTimeOffset? createdFrom, DateTimeOffset? createdTo, Uri baseUri, CancellationToken cancellationToken)
    {
        var batches = new List<BatchStatus>();
        var query = new OrchestrationQuery(createdFrom, createdTo, statuses, FetchInputsAndOutputs: true);
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            if (IsBatch(instance))
            {
                batches.Add(BatchStatus.From(instance, baseUri));
            }
        }

        return [.. batches.OrderByDescending(b => b.CreatedAt).ThenBy(b => b.Id, StringComparer.Ordinal)];
    }

    /// <summary>Terminates a running batch; 409 when it has finished.</summary>
    public async Task<ManagementResult<BatchStatusLinks>> TerminateAsync(string id, string? reason, Uri baseUri, CancellationToken cancellationToken)
    {
        if (await FindBatchAsync(id, cancellationToken) is not { } instance)
        {
            return NotFound<BatchStatusLinks>(id);
        }

        if (!IsActive(instance))
        {
            return ManagementResult<BatchStatusLinks>.Fail(ManagementStatus.Conflict, "id", $"batch '{id}' is {instance.RuntimeStatus} and cannot be terminated");
        }

        await client.TerminateInstanceAsync(id, new TerminateInstanceOptions { Output = reason ?? "terminated by an operator", Recursive = true }, cancellationToken);
        return ManagementResult<BatchStatusLinks>.Accepted(BatchStatusLinks.For(baseUri, id));
    }

    /// <summary>
    /// Starts a new instance over the same window and model as a finished batch (<c>{id}-r{n}</c>); every chunk the
    /// earlier run completed is skipped. 409 while the batch still runs.
    /// </summary>
    public async Task<ManagementResult<BatchStatusLinks>> RedriveAsync(string id, Uri baseUri, CancellationToken cancellationToken)
    {
        if (await FindBatchAsync(id, cancellationToken) is not { } instance || instance.ReadInputAs<BatchRequest>() is not { } input)
        {
            return NotFound<BatchStatusLinks>(id);
        }

        if (IsActive(instance))
        {
            return ManagementResult<BatchStatusLinks>.Fail(ManagementStatus.Conflict, "id", $"batch '{id}' is still {instance.RuntimeStatus}; terminate it first or wait");
        }

        // The same batch: the model the original planned with, even if the current pointer has moved since.
        var status = BatchStatus.From(instance, baseUri);
        string? plannedModel = status.Output?.ModelIn ?? status.Progress?.ModelVersion ?? input.ModelVersion;
        string root = RedriveRoot(id);
        string newId = await NextFreeIdAsync(attempt => $"{root}-r{attempt}", cancellationToken);
        await starter.GetOrStartAsync(newId, input with { ModelVersion = plannedModel }, cancellationToken);
        return ManagementResult<BatchStatusLinks>.Accepted(BatchStatusLinks.For(baseUri, newId));
    }
}
