using System.Diagnostics;
using System.Text.Json;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Processes one chunk in the stats or score pass (<see cref="ChunkTask.Work"/>), writing a mergeable
/// <see cref="BatchPartial"/> to a blob named by window, plan, skip list, pass, model and chunk. If that blob exists
/// the chunk is not recomputed: redrive and crash recovery rely on it.
/// </summary>
/// <remarks>
/// The stats pass parses the records without time checks (they were accepted), leaves out the repeats named by the
/// skip list, and writes the counted records' <see cref="ScoreInputs"/>, which the score pass reads instead of
/// parsing the JSON a second time. Baselines are loaded shard by shard through <see cref="BatchModelStore"/>, so a chunk holds at most the
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
    : BatchActivity<ChunkTask, ChunkResult>
{
    /// <summary>The activity name.</summary>
    public const string Name = "ProcessChunk";

    private readonly DecisionThresholds _thresholds = new(scoring.Value.ReviewThreshold, scoring.Value.DeclineThreshold);

    /// <summary>Processes chunk <see cref="ChunkTask.Index"/>, or returns its existing output.</summary>
    /// <exception cref="ArgumentException">The task is not a stats or score pass with a model and a skip list.</exception>
    public override async Task<ChunkResult> RunAsync(ChunkTask task, CancellationToken cancellationToken)
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

        var model = await models.GetAsync(work.ModelVersion, cancellationToken);
        BatchPartial partial;
        if (work.Pass == BatchPass.Stats)
        {
            var (parsed, cpu) = await ParseAsync(task, cancellationToken);
            var baselines = await LoadBaselinesAsync(model, [.. parsed.Records.Select(r => r.Event.AccountId)], cancellationToken);
            partial = await StatsAsync(task, parsed, baselines, model, cpu, cancellationToken);
        }
        else
        {
            var (items, cpu) = await ScoreInputsAsync(task, cancellationToken);
            var baselines = await LoadBaselinesAsync(model, [.. items.Items.Select(i => i.AccountId)], cancellationToken);
            partial = Score(items, baselines, model, cpu);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(partial, BatchJsonContext.Default.BatchPartial);
        await BatchBlobs.UploadIfAbsentAsync(storage.Batch, name, bytes, cancellationToken); // a racing attempt's equal result may have won
        if (partial.Malformed > 0)
        {
            Log.MalformedRecords(logger, work.WindowId, task.Index, (int)partial.Malformed);
        }

        return new ChunkResult(task.Index, partial.Records, name);
    }

    /// <summary>The chunk's records, parsed without time checks and without the repeats its skip list names.</summary>
    private async Task<(ParsedChunk Parsed, TimeSpan Cpu)> ParseAsync(ChunkTask task, CancellationToken cancellationToken)
    {
        var work = task.Work;
        var plan = await documents.GetPlanAsync(work.WindowId, work.PlanId, cancellationToken);
        var chunk = plan.Chunks[task.Index];
        var skip = await documents.GetSkipsAsync(work, task.Index, cancellationToken);
        using var content = await ChunkReader.ReadAsync(storage.Events.GetAppendBlobClient(chunk.Segment), chunk, cancellationToken);
        long started = Stopwatch.GetTimestamp();
        var parsed = ParsedChunk.Parse(content.Lines, skip);
        return (parsed, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// The score pass's input: the <see cref="ScoreInputs"/> the stats pass wrote for this chunk, or, should they be
    /// gone, the same items from the records parsed again.
    /// </summary>
    private async Task<(ScoreChunk Items, TimeSpan Cpu)> ScoreInputsAsync(ChunkTask task, CancellationToken cancellationToken)
    {
        var blob = await storage.Batch.GetBlobClient(BatchLayout.ChunkScoreInputs(task.Work, task.Index)).DownloadIfExistsAsync(cancellationToken: cancellationToken);
        if (blob is null)
        {
            var (parsed, parseCpu) = await ParseAsync(task, cancellationToken);
            return (ScoreChunk.Of(parsed), parseCpu);
        }

        long started = Stopwatch.GetTimestamp();
        var items = ScoreInputs.Read(blob.Content.ToMemory().Span);
        return (items, Stopwatch.GetElapsedTime(started));
    }

    private static BatchPartial Counts(int lines, int skipped, int malformed, int events, int payments, TimeSpan cpu) => new()
    {
        Chunks = 1,
        Records = lines,
        Skipped = skipped,
        Malformed = malformed,
        Events = events,
        Payments = payments,
        Chargebacks = events - payments,
        CpuMicros = (long)cpu.TotalMicroseconds,
    };

    /// <summary>Each account's baseline under <paramref name="model"/> (null for an unknown account), loading one shard at a time.</summary>
    private async Task<AccountBaseline?[]> LoadBaselinesAsync(RiskModel model, string[] accountIds, CancellationToken cancellationToken)
    {
        var baselines = new AccountBaseline?[accountIds.Length];
        if (model.IncludedWindows.Count == 0)
        {
            return baselines;
        }

        // Records by shard, so each shard is fetched once and in order.
        var byShard = ShardOrder.Of(accountIds, model.BaselineShardCount);
        for (int shard = 0; shard < model.BaselineShardCount; shard++)
        {
            if (byShard.Of(shard).IsEmpty)
            {
                continue;
            }

            var baselinesOfShard = await models.GetShardAsync(model, shard, cancellationToken);
            foreach (int i in byShard.Of(shard))
            {
                baselines[i] = baselinesOfShard.Find(accountIds[i]);
            }
        }

        return baselines;
    }
}
