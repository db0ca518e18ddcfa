namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>
    /// Stops: no new activities start; running ones finish until <paramref name="cancellationToken"/> fires (then
    /// they are cancelled and their results not recorded); queued results are checkpointed; the lease is released.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return Volatile.Read(ref _stopping) ?? Task.CompletedTask;
        }

        var stopping = StopCoreAsync(cancellationToken);
        Volatile.Write(ref _stopping, stopping);
        return stopping;
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        var runtime = _runtime!;
        runtime.Stopping = true;
        await _stopActivities.CancelAsync().ConfigureAwait(false);
        try
        {
            if (!_lifetime.IsCancellationRequested)
            {
                await Task.WhenAll(_activityWorkers).WaitAsync(cancellationToken).ConfigureAwait(false);
                // Zero scheduled turns and no message waiting: every finished activity's result is checkpointed.
                do
                {
                    await runtime.Scheduled.WaitForZeroAsync(cancellationToken).ConfigureAwait(false);
                    await Task.Yield();
                }
                while (runtime.Runners.Values.Any(runner => runner.HasMessages));
            }
        }
        catch (OperationCanceledException)
        {
            // Out of time: what is not checkpointed runs again after a restart.
        }

        await ShutdownAsync(releaseLease: true).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Also waits for a stop already under way (the host's), so nothing it uses is disposed under it.
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await StopAsync(timeout.Token).ConfigureAwait(false);
        }

        _lifetime.Dispose();
        _stopActivities.Dispose();
        _abortActivities.Dispose();
    }

    private async Task ShutdownAsync(bool releaseLease)
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _stopActivities.CancelAsync().ConfigureAwait(false);
        await _abortActivities.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll([.. _workers, .. _activityWorkers, _leaseRenewal]).ConfigureAwait(false);
        foreach (var runner in _runtime?.Runners.Values ?? [])
        {
            runner.DisposeTimers();
        }

        if (releaseLease && _lease is not null)
        {
            try
            {
                await _lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or IOException)
            {
                // Storage is gone: the lease expires by itself within its 15 s.
                Log.LeaseReleaseFailed(_logger, e, HubName);
            }
        }

        Log.EngineStopped(_logger, HubName);
    }
}
