using System.Runtime.CompilerServices;
using Azure;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Engine.Runtime;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// <see cref="IOrchestrationClient"/> over the local engine. Reads come from the state blobs (what was
/// checkpointed); scheduling and terminating need the engine running in this process.
/// </summary>
/// <remarks>
/// Scheduling an id that exists behaves as Durable Functions with its default
/// <c>overridableExistingInstanceStates</c> (<c>NonRunningStates</c>): a Pending or Running instance makes the call
/// throw <see cref="InvalidOperationException"/>; a finished one is replaced by a new execution.
/// </remarks>
internal sealed class LocalOrchestrationClient(LocalOrchestrationEngine engine) : IOrchestrationClient
{
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null,
        StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        InstanceIds.Validate(instanceId, nameof(options));
        var runtime = await engine.RuntimeWhenRunningAsync(cancellation).ConfigureAwait(false);
        var json = PayloadJson.Serialize(input);
        var existing = await runtime.Store.ReadAsync(instanceId, cancellation).ConfigureAwait(false);
        if (existing is { State.IsFinished: false })
        {
            throw AlreadyExists(instanceId, existing.State.Status, null);
        }

        try
        {
            await runtime.CreateInstanceAsync(orchestratorName, instanceId, json, null, options?.StartAt, existing, cancellation).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode is StorageErrors.BlobAlreadyExists or StorageErrors.ConditionNotMet)
        {
            throw AlreadyExists(instanceId, OrchestrationRuntimeStatus.Pending, e); // another caller won the race
        }

        Log.InstanceScheduled(runtime.Logger, orchestratorName, instanceId);
        return instanceId;
    }

    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var stored = await engine.Store.ReadAsync(instanceId, cancellation).ConfigureAwait(false);
        return stored?.State.ToMetadata(getInputsAndOutputs);
    }

    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? query = null,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        query ??= new OrchestrationQuery();
        var matches = new List<string>();
        var noTaskHub = false;
        try
        {
            await foreach (var listing in engine.Store.ListAsync(query.InstanceIdPrefix, cancellation).ConfigureAwait(false))
            {
                if (Matches(query, listing.Status, listing.CreatedAt))
                {
                    matches.Add(listing.BlobName);
                }
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.ContainerNotFound)
        {
            noTaskHub = true;
        }

        if (noTaskHub)
        {
            yield break;
        }

        foreach (var blobName in matches)
        {
            // Read again: the instance may have moved on since it was listed.
            if (await engine.Store.ReadBlobAsync(blobName, cancellation).ConfigureAwait(false) is { } stored
                && Matches(query, stored.State.Status, stored.State.CreatedAt))
            {
                yield return stored.State.ToMetadata(query.FetchInputsAndOutputs);
            }
        }
    }

    public async Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var runtime = await engine.RuntimeWhenRunningAsync(cancellation).ConfigureAwait(false);
        var stored = await runtime.Store.ReadAsync(instanceId, cancellation).ConfigureAwait(false)
            ?? throw new ArgumentException($"No instance with ID '{instanceId}' was found.", nameof(instanceId));
        if (stored.State.IsFinished)
        {
            return; // as in Durable: terminating a finished instance does nothing
        }

        if (!runtime.Runners.TryGetValue(instanceId, out var runner) || runner.ExecutionId != stored.State.ExecutionId)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' is not loaded by this engine; it cannot be terminated now.");
        }

        Log.Terminating(runtime.Logger, instanceId);
        runner.Post(new InstanceMessage(runner.ExecutionId, new ExecutionTerminatedEvent(PayloadJson.Serialize(output))));
    }

    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var stored = await engine.Store.ReadAsync(instanceId, cancellation).ConfigureAwait(false);
        return stored is { State.IsFinished: true } ? await engine.PurgeAsync(stored, cancellation).ConfigureAwait(false) : 0;
    }

    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false,
        CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var waiters = (await engine.RuntimeWhenRunningAsync(cancellation).ConfigureAwait(false)).Waiters;
        while (true)
        {
            var finished = waiters.Register(instanceId); // before reading, so a finish in between is not missed
            if (await GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false) is { IsCompleted: true } instance)
            {
                return instance;
            }

            await finished.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    private static bool Matches(OrchestrationQuery query, OrchestrationRuntimeStatus status, DateTimeOffset createdAt) =>
        (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(status))
        && (query.CreatedFrom is not { } from || createdAt >= from)
        && (query.CreatedTo is not { } to || createdAt <= to);

    private static InvalidOperationException AlreadyExists(string instanceId, OrchestrationRuntimeStatus status, Exception? inner) =>
        new($"An orchestration instance with ID '{instanceId}' and status '{status}' already exists.", inner);
}
