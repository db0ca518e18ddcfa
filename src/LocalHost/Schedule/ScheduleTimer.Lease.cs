namespace Tidewater.LocalHost.Schedule;

public sealed partial class ScheduleTimer
{
    /// <summary>Fires occurrences while the lease is held; returns when it is lost.</summary>
    private async Task HoldAsync(CancellationToken stoppingToken)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewWhileHeldAsync(held);
        try
        {
            await FireOnScheduleAsync(held.Token, stoppingToken);
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            LogLeaseLost(logger, name);
        }
        finally
        {
            WaitingFor = null;
            await held.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewWhileHeldAsync(CancellationTokenSource held)
    {
        using var renewal = new PeriodicTimer(BlobScheduleLease.RenewInterval, time);
        try
        {
            while (await renewal.WaitForNextTickAsync(held.Token))
            {
                if (!await lease.TryRenewAsync(held.Token))
                {
                    await held.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
            // The holder stopped or lost the lease.
        }
    }
}
