namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>
    /// Test hook: completes when no message or activity is queued or running (armed timers do not count), so a
    /// test can advance a fake clock knowing every timer that is due to be armed is armed.
    /// </summary>
    internal Task WaitForIdleAsync(CancellationToken cancellationToken) => Runtime.Pending.WaitForZeroAsync(cancellationToken);

    /// <summary>Test hook: the number of activities queued or running plus messages not yet processed.</summary>
    internal long PendingWork => Runtime.Pending.Count;

    /// <summary>
    /// Test hook: dies as a killed process would. Every storage call in flight is cancelled (a checkpoint may or may
    /// not have reached the service), nothing more is written, results not yet checkpointed are lost, and the lease
    /// is left to expire (or to be broken by a host that finds its heartbeat stale).
    /// </summary>
    internal async Task SimulateCrashAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return;
        }

        _runtime!.Stopping = true;
        await ShutdownAsync(releaseLease: false).ConfigureAwait(false);
    }
}
