using System.Diagnostics;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class ProcessChunkActivity
{
    /// <summary>
    /// The stats pass: counts, stored real-time decisions and latencies, the window's population, chargebacks,
    /// two sidecars: per-account baselines (payments only; chargebacks are labels, not behaviour) and the
    /// payments' features under the starting model, the examples of the refit.
    /// </summary>
    private async Task<BatchPartial> StatsAsync(
        ChunkTask task, ParsedChunk parsed, AccountBaseline?[] baselines, RiskModel model, TimeSpan cpu, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        var decisions = DecisionCounts.Zero;
        var latency = new Dictionary<int, long>();
        long latencyTotal = 0;
        var accounts = new Dictionary<string, AccountBaseline>(StringComparer.Ordinal);
        var population = AccountBaseline.Empty;
        var examples = new List<LabelledPayment>(parsed.Records.Count);
        var chargebacks = new List<ChargebackRef>();
        for (int i = 0; i < parsed.Records.Count; i++)
        {
            var record = parsed.Records[i];
            var e = record.Event;
            decisions = decisions.Add(record.Decision.Decision);
            int bin = LatencyHistogram.BinOf(record.LatencyMicros);
            latency[bin] = latency.GetValueOrDefault(bin) + 1;
            latencyTotal += record.LatencyMicros;
            if (e.Type == EventType.Payment)
            {
                accounts[e.AccountId] = (accounts.GetValueOrDefault(e.AccountId) ?? AccountBaseline.Empty).Observe(e);
                population = population.Observe(e);
                examples.Add(new LabelledPayment(BatchIds.Digest(e.Id), FeatureExtractor.Extract(e, baselines[i], model)));
            }
            else
            {
                chargebacks.Add(new ChargebackRef(e.Id, e.PaymentId ?? string.Empty));
            }
        }

        var (accountLines, shards) = AccountSidecar.Write(accounts, model.BaselineShardCount);
        var (exampleBytes, buckets) = ExampleCodec.WriteByBucket(examples);
        var scoreInputs = ScoreInputs.Write(parsed);
        cpu += Stopwatch.GetElapsedTime(started);

        var sidecars = new ChunkSidecars(
            BatchLayout.ChunkAccounts(task.Work, task.Index), model.BaselineShardCount, shards, BatchLayout.ChunkExamples(task.Work, task.Index), examples.Count, buckets);
        await BatchBlobs.UploadAsync(storage.Batch, sidecars.AccountsBlob, accountLines, cancellationToken);
        await BatchBlobs.UploadAsync(storage.Batch, sidecars.ExamplesBlob, exampleBytes, cancellationToken);
        await BatchBlobs.UploadAsync(storage.Batch, BatchLayout.ChunkScoreInputs(task.Work, task.Index), scoreInputs, cancellationToken);
        return Counts(parsed.Lines, parsed.Skipped, parsed.Malformed, parsed.Records.Count, examples.Count, cpu) with
        {
            RealtimeDecisions = decisions,
            Latency = LatencyHistogram.FromCounts(latency),
            LatencyMicrosTotal = latencyTotal,
            Population = examples.Count > 0 ? BaselineDocument.From(population) : null,
            ChargebackRefs = chargebacks,
            Sidecars = sidecars,
        };
    }
}
