using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tidewater.App.Accumulation;
using Tidewater.App.Dedupe;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;

namespace Tidewater.App;

/// <summary>
/// Prepares storage, loads the current model and rebuilds duplicate detection from the open windows, retrying with
/// back-off while storage is unreachable, then opens the <see cref="StartupGate"/>.
/// </summary>
public sealed class StartupInitializer(
    TidewaterStorage storage,
    ModelProvider models,
    RecentEventIndex recent,
    WindowReader windows,
    WindowClock clock,
    StartupGate gate,
    TimeProvider time,
    ILogger<StartupInitializer> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await storage.EnsureCreatedAsync(stoppingToken);
                await models.RefreshAsync(stoppingToken);
                int restored = await RebuildRecentAsync(stoppingToken);
                gate.Open();
                Log.StartupCompleted(logger, models.Current.Version, restored);
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException or FormatException)
            {
                Log.StartupRetrying(logger, ex, delay);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task<int> RebuildRecentAsync(CancellationToken cancellationToken)
    {
        var current = clock.Current;
        int restored = 0;
        foreach (var window in new[] { current.Previous, current })
        {
            await foreach (var record in windows.ReadRecordsAsync(window, cancellationToken))
            {
                // Whether its alert went out is unknown: resend it if the event comes again (at least once).
                bool alertPending = Alerts.AlertSender.IsAlertable(record.Decision.Decision);
                recent.Restore(EventIdKey.Of(record.Event.Id), window, record.Decision, alertPending);
                restored++;
            }
        }

        return restored;
    }
}
