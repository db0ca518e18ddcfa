using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// Starts the engine in the background, retrying with back-off (0.5 s doubling to 30 s) while storage cannot be
/// reached, so the host starts before its storage; stops the application if another live host owns the task hub.
/// </summary>
internal sealed class EngineStartupService(
    LocalOrchestrationEngine engine,
    TimeProvider time,
    ILogger<EngineStartupService> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await engine.StartAsync(stoppingToken).ConfigureAwait(false);
                return;
            }
            catch (HostLeaseUnavailableException e)
            {
                Log.HubTaken(logger, e, engine.HubName);
                lifetime?.StopApplication();
                return;
            }
            catch (Exception e) when (e is RequestFailedException or HttpRequestException or IOException)
            {
                Log.StartRetrying(logger, e, delay);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (engine.IsRunning)
        {
            await engine.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
