using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>
/// Plans a batch: checks the window is sealed, resolves the model (pinned, else the current pointer's, else
/// <c>v0</c>), lists the window's segments with their SHA-256 (from the close metadata, or computed for a segment
/// whose writer never closed it: a sealed window is fixed), cuts them into chunks and stores the plan, named by its hash.
/// </summary>
public sealed class PlanBatchActivity(
    BatchStorage storage,
    BatchModelStore models,
    IOptions<BatchOptions> options,
    IOptions<AccumulationOptions> accumulation,
    TimeProvider time,
    ILogger<PlanBatchActivity> logger)
    : BatchActivity<PlanBatchInput, BatchPlan>
{
    /// <summary>The activity name.</summary>
    public const string Name = "PlanBatch";

    /// <summary>Plans the batch of <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">The request names no valid window.</exception>
    /// <exception cref="InvalidOperationException">The window is not sealed yet, or the pinned model does not exist.</exception>
    public override async Task<BatchPlan> RunAsync(PlanBatchInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var window = BatchWindows.Parse(request.WindowId, request.WindowMinutes);
        var sealedAt = window.End + accumulation.Value.SealGrace;
        var plannedAt = time.GetUtcNow();
        if (plannedAt < sealedAt)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Window {window.Id} is not sealed before {sealedAt:O}."));
        }

        await storage.Batch.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        string modelVersion = request.ModelVersion is { } pinned
            ? (await models.GetAsync(pinned, cancellationToken)).Version
            : (await models.ReadPointerAsync(cancellationToken)).Pointer?.Version ?? Domain.Scoring.RiskModel.Default.Version;

        var segments = await DescribeSegmentsAsync(window, cancellationToken);
        var o = options.Value;
        var chunks = ChunkPlanner.Plan(segments, o.ChunkMaxBytes, o.ChunkMaxItems);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new BatchPlanDocument(window.Id, request.WindowMinutes, segments, chunks), BatchJsonContext.Default.BatchPlanDocument);
        string planId = BatchHashes.ShortId(bytes);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, BatchLayout.Plan(window.Id, planId), bytes, cancellationToken);
        Log.BatchPlanned(logger, input.InstanceId, window.Id, segments.Count, chunks.Count, modelVersion);
        return new BatchPlan(
            window.Id, request.WindowMinutes, planId, modelVersion, request.ModelVersion is not null, segments.Count, chunks.Count,
            segments.Sum(s => s.Items ?? 0), segments.Sum(s => s.Length),
            new BatchSettings(o.ChunkGroupSize, o.MaxChunksInFlight, o.ToleratedFailurePercent),
            plannedAt);
    }

    private async Task<List<SegmentInfo>> DescribeSegmentsAsync(WindowKey window, CancellationToken cancellationToken)
    {
        var segments = new List<SegmentInfo>();
        await foreach (var blob in storage.Events.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, SegmentLayout.WindowPrefix(window), cancellationToken))
        {
            if (blob.Name.EndsWith(".ndjson", StringComparison.Ordinal))
            {
                segments.Add(await DescribeAsync(blob, cancellationToken));
            }
        }

        return [.. segments.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    private async Task<SegmentInfo> DescribeAsync(BlobItem blob, CancellationToken cancellationToken)
    {
        if (blob.Metadata.TryGetValue(SegmentLayout.Sha256Key, out var sha256)
            && blob.Metadata.TryGetValue(SegmentLayout.ItemsKey, out var itemsText)
            && long.TryParse(itemsText, NumberStyles.None, CultureInfo.InvariantCulture, out long items))
        {
            return new SegmentInfo(blob.Name, blob.Properties.ContentLength ?? 0, items, sha256);
        }

        // Not closed by its writer: read it whole (the window is sealed, so it no longer changes).
        var content = (await storage.Events.GetAppendBlobClient(blob.Name).DownloadExactAsync(cancellationToken: cancellationToken)).Content.ToMemory();
        return new SegmentInfo(
            blob.Name,
            content.Length,
            AccumulationRecordFormat.Lines(content).LongCount(),
            Convert.ToHexStringLower(SHA256.HashData(content.Span)));
    }
}
