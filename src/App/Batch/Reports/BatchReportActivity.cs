using System.Text.Json;
using Microsoft.Extensions.Logging;
using Tidewater.App.Telemetry;

namespace Tidewater.App.Batch;

/// <summary>
/// Writes a batch's report: JSON (<c>reports/{instanceId}.json</c>) and a small HTML page beside it. The JSON's
/// <see cref="ReportFindings"/> are deterministic and checksummed; <see cref="ReportRun"/> holds the rest.
/// </summary>
/// <remarks>
/// It also records the batch's <see cref="BatchMetrics"/>: it runs once per finished batch (a retry after a failed
/// upload records nothing twice, as it records only after both uploads), outside orchestrator code, with the plan's
/// start time and the failures in its input.
/// </remarks>
public sealed class BatchReportActivity(BatchStorage storage, BatchDocuments documents, BatchMetrics metrics, TimeProvider time, ILogger<BatchReportActivity> logger)
    : BatchActivity<BatchReportInput, BatchReportResult>
{
    /// <summary>The activity name.</summary>
    public const string Name = "BatchReport";

    /// <summary>The report schema written.</summary>
    public const int Schema = 1;

    /// <summary>What <see cref="ReportCost"/> means, written into every report.</summary>
    public const string CostNote =
        "Real time: mean stored latencyMicros, the wall time from receipt to decision (a proxy for its CPU cost; it includes waiting). " +
        "Batch: time in the CPU-bound part of the stats and score passes (parse, features, scoring, aggregation; storage I/O excluded) per counted event.";

    /// <summary>Writes the report of <paramref name="input"/>.</summary>
    public override async Task<BatchReportResult> RunAsync(BatchReportInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stats = await BatchBlobs.ReadAsync(storage.Batch, input.Stats.Blob, BatchJsonContext.Default.BatchPartial, cancellationToken);
        var score = await BatchBlobs.ReadAsync(storage.Batch, input.Score.Blob, BatchJsonContext.Default.BatchPartial, cancellationToken);
        var plan = await documents.GetPlanAsync(input.Plan.WindowId, input.Plan.PlanId, cancellationToken);
        var findings = Findings(input, plan, stats, score);
        string checksum = Checksum(findings);
        long cpu = stats.CpuMicros + score.CpuMicros;
        var run = new ReportRun(
            input.InstanceId,
            input.Request.PublishModel,
            input.Model.Publish,
            input.Plan.PlanId,
            input.Duplicates.DedupeId,
            input.Plan.ChunkCount,
            [.. input.Failures.Select(f => new ReportFailure(f.Index, BatchLayout.PassName(f.Pass), f.Reason))],
            new ReportCost(findings.RealtimeLatency.MeanMicros, cpu, stats.Events == 0 ? 0 : (double)cpu / stats.Events, CostNote),
            time.GetUtcNow());
        var report = new BatchReportDocument(Schema, checksum, findings, run);

        string json = BatchLayout.ReportJson(input.InstanceId);
        string html = BatchLayout.ReportHtml(input.InstanceId);
        await BatchBlobs.UploadAsync(storage.Batch, json, JsonSerializer.SerializeToUtf8Bytes(report, BatchJsonContext.Default.BatchReportDocument), cancellationToken, "application/json");
        await BatchBlobs.UploadAsync(storage.Batch, html, ReportHtml.Render(report), cancellationToken, "text/html; charset=utf-8");
        Log.ReportWritten(logger, input.InstanceId, findings.WindowId, findings.Counts.Events, checksum);
        metrics.Finished(input.Plan.PlannedAt is { } plannedAt ? run.GeneratedAt - plannedAt : null, findings.Counts.Events, input.Failures.Count);
        return new BatchReportResult(json, html, checksum);
    }

    /// <summary>The SHA-256 (hex) of the canonical JSON of <paramref name="findings"/>.</summary>
    public static string Checksum(ReportFindings findings) =>
        BatchHashes.Sha256Hex(JsonSerializer.SerializeToUtf8Bytes(findings, BatchJsonContext.Default.ReportFindings));

    private static ReportFindings Findings(BatchReportInput input, BatchPlanDocument plan, BatchPartial stats, BatchPartial score)
    {
        long latencyCount = stats.Latency.Sum(b => b.Count);
        var histogram = score.ScoreHistogram.Count == 0 ? new long[ScoreHistogram.Bins] : score.ScoreHistogram;
        return new ReportFindings(
            plan.WindowId,
            plan.WindowMinutes,
            plan.Segments,
            new ReportCounts(input.Plan.Records, stats.Events, stats.Payments, stats.Chargebacks, stats.Malformed, input.Duplicates.DuplicatesInWindow, input.Duplicates.DuplicatesOfPreviousWindow),
            stats.RealtimeDecisions,
            score.BatchDecisions,
            [.. histogram.Select((count, bin) => new ScoreBin((double)bin / ScoreHistogram.Bins, (double)(bin + 1) / ScoreHistogram.Bins, count))],
            score.TopRisky,
            score.Reconciliation,
            new LatencySummary(
                latencyCount,
                latencyCount == 0 ? 0 : (double)stats.LatencyMicrosTotal / latencyCount,
                LatencyHistogram.Percentile(stats.Latency, 50),
                LatencyHistogram.Percentile(stats.Latency, 90),
                LatencyHistogram.Percentile(stats.Latency, 99)),
            new ReportModels(input.Plan.ModelVersion, input.Model.ModelBase, input.Model.ModelOut, input.Model.Merged, input.Model.AccountsMerged, input.Model.Refit));
    }
}
