using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>Every <c>RetentionInterval</c>, purges the instances that finished more than <c>CompletedInstanceRetention</c> ago.</summary>
internal sealed class OrchestrationRetentionService(
    LocalOrchestrationEngine engine,
    IOptions<LocalOrchestrationEngineOptions> options,
    TimeProvider time,
    ILogger<OrchestrationRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.RetentionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await engine.PurgeFinishedInstancesAsync(time.GetUtcNow() - settings.CompletedInstanceRetention, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RequestFailedException or AggregateException or IOException or HttpRequestException)
            {
                Log.RetentionFailed(logger, e, settings.RetentionInterval);
            }
        }
    }
}
