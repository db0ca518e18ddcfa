using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;

namespace Tidewater.App.Scoring;

/// <summary>Checks the current-version pointer every <see cref="ScoringOptions.ModelRefreshSeconds"/> and switches models without a restart.</summary>
public sealed class ModelRefreshService(
    ModelProvider provider,
    IOptions<ScoringOptions> options,
    TimeProvider time,
    ILogger<ModelRefreshService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ModelRefreshSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await provider.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or InvalidDataException or System.Text.Json.JsonException)
            {
                // Keep scoring with the model we have; the next tick tries again.
                Log.ModelRefreshFailed(logger, ex);
            }
        }
    }
}
