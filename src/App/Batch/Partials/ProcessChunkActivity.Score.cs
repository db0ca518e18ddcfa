using System.Diagnostics;
using System.Runtime.InteropServices;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class ProcessChunkActivity
{
    /// <summary>
    /// The score pass: every counted event scored with the refreshed model and the configured thresholds, giving the
    /// batch's decisions, the score histogram, the reconciliation with the stored real-time decisions, and each
    /// account's highest payment score.
    /// </summary>
    private BatchPartial Score(ScoreChunk chunk, AccountBaseline?[] baselines, RiskModel model, TimeSpan cpu)
    {
        long started = Stopwatch.GetTimestamp();
        int maxExamples = options.Value.ReconciliationExamples;
        var decisions = DecisionCounts.Zero;
        var histogram = new long[ScoreHistogram.Bins];
        long differing = 0;
        var examples = new List<ReconciliationExample>();
        var highest = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < chunk.Items.Count; i++)
        {
            var item = chunk.Items[i];
            double score = RiskScorer.ScoreOnly(FeatureExtractor.Extract(item.Input, baselines[i], model), model);
            var decision = _thresholds.Decide(score);
            decisions = decisions.Add(decision);
            histogram[ScoreHistogram.BinOf(score)]++;
            if (decision != item.RealtimeDecision)
            {
                differing++;
                if (examples.Count < maxExamples)
                {
                    examples.Add(new ReconciliationExample(
                        item.EventId, item.AccountId, DecisionNames.ToWire(item.RealtimeDecision), DecisionNames.ToWire(decision),
                        item.RealtimeScore, score, item.RealtimeModelVersion));
                }
            }

            if (item.Type == EventType.Payment)
            {
                ref double best = ref CollectionsMarshal.GetValueRefOrAddDefault(highest, item.AccountId, out _);
                best = Math.Max(best, score);
            }
        }

        var top = RiskyAccount.Top(highest, options.Value.TopRiskyAccounts);
        cpu += Stopwatch.GetElapsedTime(started);
        return Counts(chunk.Lines, chunk.Skipped, chunk.Malformed, chunk.Items.Count, chunk.Payments, cpu) with
        {
            BatchDecisions = decisions,
            ScoreHistogram = histogram,
            Reconciliation = new ReconciliationCounts(chunk.Items.Count, differing, examples),
            TopRisky = top,
        };
    }
}
