using Azure;
using Tidewater.Orchestration.Engine.Hosting;

namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>Renews the lease until the engine stops; on losing it, stops processing at once.</summary>
    private async Task RenewLeaseAsync(HostLease lease)
    {
        var lifetime = _lifetime.Token;
        var lastRenewal = TimeProvider.System.GetTimestamp(); // the service's lease clock is real time, whatever our TimeProvider says
        while (true)
        {
            try
            {
                await Task.Delay(HostLease.RenewInterval, lifetime).ConfigureAwait(false);
                await lease.RenewAsync(lifetime).ConfigureAwait(false);
                lastRenewal = TimeProvider.System.GetTimestamp();
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                return;
            }
            catch (RequestFailedException e) when (HostLease.IsLost(e))
            {
                Log.LeaseLost(_logger, e, HubName);
                await Fence().ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or IOException or HttpRequestException or OperationCanceledException)
            {
                if (TimeProvider.System.GetElapsedTime(lastRenewal) >= HostLease.Duration)
                {
                    Log.LeaseLost(_logger, e, HubName);
                    await Fence().ConfigureAwait(false);
                    return;
                }

                Log.LeaseRenewFailed(_logger, e, HubName);
            }
        }
    }

    /// <summary>Stops all processing at once, without writing anything more (the lease is no longer ours, or a worker broke).</summary>
    private async Task Fence()
    {
        if (_runtime is { } runtime)
        {
            runtime.Stopping = true;
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _abortActivities.CancelAsync().ConfigureAwait(false);
        await _stopActivities.CancelAsync().ConfigureAwait(false);
    }
}
