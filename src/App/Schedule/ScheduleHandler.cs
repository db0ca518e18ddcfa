using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Storage;

namespace Tidewater.App.Schedule;

/// <summary>
/// One occurrence of the batch schedule, on either host: starts (get-then-start) a batch for every sealed window
/// with segments and no batch yet, oldest first, at most <see cref="ScheduleOptions.BatchCatchUpLimit"/> per run.
/// </summary>
/// <remarks>
/// Windows are examined forward from the <see cref="BatchWatermark"/> (or, on the first run, from
/// <see cref="ScheduleOptions.BatchScanLimit"/> windows before the last sealed one) to the last sealed window; the
/// watermark then moves past every window examined. A sealed window's segments are fixed, so "empty" is final, and an
/// instance in any state counts as its batch. See <c>docs/schedule.md</c>.
/// </remarks>
public sealed class ScheduleHandler(
    IBatchStarter starter,
    WindowClock clock,
    TidewaterStorage storage,
    BatchWatermarkStore watermarks,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<ScheduleHandler> logger)
{
    private readonly ScheduleOptions _options = options.Value;

    /// <summary>Runs one occurrence.</summary>
    /// <exception cref="Azure.RequestFailedException">Storage failed; nothing is lost, the next occurrence examines the same windows again.</exception>
    public async Task<ScheduleRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var lastSealed = LastSealedWindow();
        var (watermark, etag) = await watermarks.ReadAsync(cancellationToken);
        var window = watermark is null
            ? new WindowKey(lastSealed.Start - (clock.Length * (_options.BatchScanLimit - 1)), clock.Length)
            : clock.WindowOf(watermark.CoveredUntil);

        var started = new List<string>();
        int existing = 0, empty = 0, examined = 0;
        DateTimeOffset? covered = null;
        while (window.Start <= lastSealed.Start && examined < _options.BatchScanLimit && started.Count < _options.BatchCatchUpLimit)
        {
            examined++;
            if (!await HasSegmentsAsync(window, cancellationToken))
            {
                empty++;
            }
            else if (await StartAsync(window, cancellationToken) is { } instanceId)
            {
                started.Add(instanceId);
            }
            else
            {
                existing++;
            }

            covered = window.End;
            window = new WindowKey(window.End, window.Length);
        }

        if (covered is { } until && (watermark is null || until > watermark.CoveredUntil) &&
            !await watermarks.TryWriteAsync(new BatchWatermark(until, time.GetUtcNow()), etag, cancellationToken))
        {
            Log.WatermarkConflict(logger);
        }

        var result = new ScheduleRunResult(started, existing, empty, CaughtUp: window.Start > lastSealed.Start);
        Log.ScheduleRun(logger, started.Count, string.Join(',', started), existing, empty, lastSealed.Id, result.CaughtUp);
        return result;
    }

    /// <summary>The newest window that is sealed now.</summary>
    private WindowKey LastSealedWindow()
    {
        var window = clock.Current.Previous;
        while (!clock.IsSealed(window))
        {
            window = window.Previous;
        }

        return window;
    }

    private async Task<bool> HasSegmentsAsync(WindowKey window, CancellationToken cancellationToken)
    {
        await foreach (var page in storage.Events.GetBlobsAsync(BlobTraits.None, BlobStates.None, SegmentLayout.WindowPrefix(window), cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
        {
            if (page.Values.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <returns>The instance id if this call started it; null if the window already had one.</returns>
    private async Task<string?> StartAsync(WindowKey window, CancellationToken cancellationToken)
    {
        string instanceId = BatchInstanceIds.Scheduled(window);
        var request = new BatchRequest(window.Id, (int)window.Length.TotalMinutes, ModelVersion: null, PublishModel: true);
        var (_, isNew) = await starter.GetOrStartAsync(instanceId, request, cancellationToken);
        if (isNew)
        {
            Log.BatchStarted(logger, instanceId, window.Id);
            return instanceId;
        }

        return null;
    }
}
