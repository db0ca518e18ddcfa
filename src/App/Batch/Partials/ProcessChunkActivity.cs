using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Processes one chunk in the stats or score pass (<see cref="ChunkTask.Work"/>), writing a mergeable
/// <see cref="BatchPartial"/> to a blob named by window, plan, skip list, pass, model and chunk. If that blob exists
/// the chunk is not recomputed: redrive and crash recovery rely on it.
/// </summary>
/// <remarks>
/// Records are re-parsed without time checks (they were accepted), repeats named by the skip list are left out,
/// and baselines are loaded shard by shard through <see cref="BatchModelStore"/>, so a chunk holds at most the
/// baselines of its own accounts. Statistics are then aggregated in record order. The pass-specific work is in
/// <c>ProcessChunkActivity.Stats.cs</c> and <c>ProcessChunkActivity.Score.cs</c>.
/// CPU time is the elapsed time of the synchronous, CPU-bound sections (no awaits inside), measured with
/// <see cref="Stopwatch"/> because it measures this process's work, not the scheduling clock a test may fake.
/// </remarks>
public sealed partial class ProcessChunkActivity(
    BatchStorage storage,
    BatchDocuments documents,
    BatchModelStore models,
    IOptions<BatchOptions> options,
    IOptions<ScoringOptions> scoring,
    ILogger<ProcessChunkActivity> logger)
{
    /// <summary>The activity name.</summary>
    public const string Name = "ProcessChunk";

    private readonly DecisionThresholds _thresholds = new(scoring.Value.ReviewThreshold, scoring.Value.DeclineThreshold);

    /// <summary>Processes chunk <see cref="ChunkTask.Index"/>, or returns its existing output.</summary>
    /// <exception cref="ArgumentException">The task is not a stats or score pass with a model and a skip list.</exception>
    public async Task<ChunkResult> RunAsync(ChunkTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var work = task.Work;
        if (work.Pass == BatchPass.Index || work.ModelVersion is null || work.DedupeId is null)
        {
            throw new ArgumentException("ProcessChunk needs the stats or score pass, a model version and a dedupe id.", nameof(task));
        }

        string name = BatchLayout.ChunkPartial(work, task.Index);
        if (await BatchBlobs.ReadIfExistsAsync(storage.Batch, name, BatchJsonContext.Default.BatchPartial, cancellationToken) is { } done)
        {
            return new ChunkResult(task.Index, done.Records, name);
        }

        var plan = await documents.GetPlanAsync(work.WindowId, work.PlanId, cancellationToken);
        var chunk = plan.Chunks[task.Index];
        var skip = await documents.GetSkipsAsync(work, task.Index, cancellationToken);
        var content = await ChunkReader.ReadAsync(storage.Events.GetAppendBlobClient(chunk.Segment), chunk, cancellationToken);
        var model = await models.GetAsync(work.ModelVersion, cancellationToken);

        long started = Stopwatch.GetTimestamp();
        var parsed = ParsedChunk.Parse(content, skip);
        var cpu = Stopwatch.GetElapsedTime(started);
        var baselines = await LoadBaselinesAsync(model, parsed.Records, cancellationToken);
        var partial = work.Pass == BatchPass.Stats
            ? await StatsAsync(task, parsed, baselines, model, cpu, cancellationToken)
            : Score(parsed, baselines, model, cpu);

        var bytes = JsonSerializer.SerializeToUtf8Bytes(partial, BatchJsonContext.Default.BatchPartial);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, name, bytes, cancellationToken); // a racing attempt's equal result may have won
        if (parsed.Malformed > 0)
        {
            Log.MalformedRecords(logger, work.WindowId, task.Index, parsed.Malformed);
        }

        return new ChunkResult(task.Index, partial.Records, name);
    }

    private BatchPartial Counts(ParsedChunk parsed, TimeSpan cpu) => new()
    {
        Chunks = 1,
        Records = parsed.Lines,
        Skipped = parsed.Skipped,
        Malformed = parsed.Malformed,
        Events = parsed.Records.Count,
        Payments = parsed.Records.Count(r => r.Event.Type == Domain.Events.EventType.Payment),
        Chargebacks = parsed.Records.Count(r => r.Event.Type == Domain.Events.EventType.Chargeback),
        CpuMicros = (long)cpu.TotalMicroseconds,
    };

    /// <summary>Each record's account baseline under <paramref name="model"/> (null for an unknown account), loading one shard at a time.</summary>
    private async Task<AccountBaseline?[]> LoadBaselinesAsync(RiskModel model, IReadOnlyList<Accumulation.AccumulationRecord> records, CancellationToken cancellationToken)
    {
        var baselines = new AccountBaseline?[records.Count];
        if (model.IncludedWindows.Count == 0)
        {
            return baselines;
        }

        var byShard = Enumerable.Range(0, records.Count).GroupBy(i => BaselineShard.IndexOf(records[i].Event.AccountId, model.BaselineShardCount));
        foreach (var group in byShard.OrderBy(g => g.Key))
        {
            var shard = await models.GetShardAsync(model, group.Key, cancellationToken);
            foreach (int i in group)
            {
                baselines[i] = shard.Find(records[i].Event.AccountId);
            }
        }

        return baselines;
    }
}
