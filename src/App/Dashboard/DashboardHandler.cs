using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Management;

namespace Tidewater.App.Dashboard;

/// <summary>
/// Builds the dashboard's read model (<see cref="DashboardSummary"/>) for both hosts: the window timeline from the
/// segments' metadata and each window's newest batch, agreement from completed batches' reports, and the model
/// versions batch refreshes made, and this host's last hour of real-time metrics. The batches, reports and the current model come from their own routes.
/// </summary>
public sealed class DashboardHandler(
    BatchManagementHandler batches,
    WindowSegmentReader segments,
    FinishedReports reports,
    ModelHistoryReader models,
    RealtimeAggregator realtime,
    WindowClock clock,
    IOptions<AccumulationOptions> accumulation,
    TimeProvider time)
{
    /// <summary>Windows in the timeline unless asked otherwise.</summary>
    public const int DefaultWindows = 24;

    /// <summary>The most windows one summary covers (a day of 5-minute windows).</summary>
    public const int MaxWindows = 288;

    /// <summary>Model versions listed.</summary>
    public const int ModelHistoryLimit = 20;

    /// <summary>The summary of the <paramref name="windowCount"/> windows up to the one open now.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="windowCount"/> is not 1 to <see cref="MaxWindows"/>.</exception>
    public async Task<DashboardSummary> GetSummaryAsync(int windowCount, Uri baseUri, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(windowCount, MaxWindows);
        var now = time.GetUtcNow();
        var current = clock.WindowOf(now);
        var windows = Enumerable.Range(0, windowCount).Select(i => new WindowKey(current.Start - (clock.Length * (windowCount - 1 - i)), clock.Length)).ToList();

        // A window's batches are created after it is sealed, so nothing older than the first window's start matters.
        var listing = batches.ListAsync(null, windows[0].Start, null, baseUri, cancellationToken);
        var tallies = Task.WhenAll(windows.Select(w => segments.ReadAsync(w, cancellationToken)));
        var history = models.ReadAsync(ModelHistoryLimit, cancellationToken);
        var byWindow = (await listing).Where(b => b.Input is not null).ToLookup(b => b.Input!.WindowId, StringComparer.Ordinal);
        var counts = await tallies;

        var summaries = new List<WindowSummary>(windowCount);
        for (int i = 0; i < windows.Count; i++)
        {
            summaries.Add(await SummarizeAsync(windows[i], counts[i], byWindow[windows[i].Id], now, cancellationToken));
        }

        return new DashboardSummary(now, accumulation.Value.WindowMinutes, summaries, await history, realtime.Snapshot());
    }

    private async Task<WindowSummary> SummarizeAsync(WindowKey window, WindowSegments tally, IEnumerable<BatchStatus> windowBatches, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string state = now < window.End ? WindowStates.Open : now < clock.SealedAt(window) ? WindowStates.Closing : WindowStates.Sealed;
        var ordered = windowBatches.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id, StringComparer.Ordinal).ToList();
        var newest = ordered.FirstOrDefault();
        var batch = newest is null ? null : new WindowBatch(newest.Id, newest.RuntimeStatus, newest.Progress?.Phase);
        long? events = null;
        WindowAgreement? agreement = null;
        foreach (var completed in ordered.Where(b => b.RuntimeStatus == OrchestrationRuntimeStatus.Completed))
        {
            if (await reports.GetAsync(completed.Id, cancellationToken) is { } digest)
            {
                events = digest.Events;
                agreement = new WindowAgreement(completed.Id, digest.Compared, digest.Differing);
                break;
            }
        }

        return new WindowSummary(window.Id, window.Start, window.End, state, tally, batch, events, agreement);
    }
}
