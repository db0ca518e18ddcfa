using Azure;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>
    /// Purges every instance that finished (Completed, Failed or Terminated) before <paramref name="finishedBefore"/>:
    /// its state blob, then its history. The hosted retention run calls it every
    /// <see cref="LocalOrchestrationEngineOptions.RetentionInterval"/> with now minus
    /// <see cref="LocalOrchestrationEngineOptions.CompletedInstanceRetention"/>.
    /// </summary>
    /// <returns>How many instances were purged.</returns>
    /// <exception cref="RequestFailedException">Storage failed.</exception>
    public async Task<int> PurgeFinishedInstancesAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default)
    {
        var candidates = new List<string>();
        try
        {
            await foreach (var listing in _store.ListAsync(null, cancellationToken).ConfigureAwait(false))
            {
                if (InstanceState.IsFinishedStatus(listing.Status) && listing.CompletedAt < finishedBefore)
                {
                    candidates.Add(listing.BlobName);
                }
            }
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.ContainerNotFound)
        {
            return 0; // the task hub was never created
        }

        var purged = 0;
        foreach (var blobName in candidates)
        {
            if (await _store.ReadBlobAsync(blobName, cancellationToken).ConfigureAwait(false) is { } stored
                && stored.State.IsFinished && stored.State.CompletedAt < finishedBefore)
            {
                purged += await PurgeAsync(stored, cancellationToken).ConfigureAwait(false);
            }
        }

        Log.RetentionPurged(_logger, purged, finishedBefore);
        return purged;
    }

    /// <summary>
    /// Deletes a finished instance: the state blob first (only if unchanged, so a concurrent re-schedule wins), then
    /// the history of that execution.
    /// </summary>
    internal async Task<int> PurgeAsync(StoredInstance stored, CancellationToken cancellationToken)
    {
        var state = stored.State;
        if (!state.IsFinished || !await _store.DeleteStateAsync(state.InstanceId, stored.ETag, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        await _store.DeleteHistoryAsync(BlobLayout.ExecutionPrefix(state.InstanceId, state.ExecutionId), cancellationToken).ConfigureAwait(false);
        return 1;
    }
}
