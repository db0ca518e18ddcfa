using Tidewater.Orchestration.Engine.Hosting;
using Tidewater.Orchestration.Engine.Persistence;

namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>Creates a runner for every Pending or Running instance; each replays its history on its first turn.</summary>
    private async Task<int> RecoverAsync(EngineRuntime runtime, CancellationToken cancellationToken)
    {
        var unfinished = new List<string>();
        await foreach (var listing in _store.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            if (!InstanceState.IsFinishedStatus(listing.Status))
            {
                unfinished.Add(listing.BlobName);
            }
        }

        var recovered = 0;
        foreach (var blobName in unfinished)
        {
            if (await _store.ReadBlobAsync(blobName, cancellationToken).ConfigureAwait(false) is { State.IsFinished: false } stored)
            {
                runtime.Start(stored, historyIsEmpty: false);
                recovered++;
            }
        }

        return recovered;
    }
}
