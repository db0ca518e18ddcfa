using System.Diagnostics;
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
    private BatchPartial Score(ParsedChunk parsed, AccountBaseline?[] baselines, RiskModel model, TimeSpan cpu)
    {
        long started = Stopwatch.GetTimestamp();
        int maxExamples = options.Value.ReconciliationExamples;
        var decisions = DecisionCounts.Zero;
        var histogram = new long[ScoreHistogram.Bins];
        long differing = 0;
        var examples = new List<ReconciliationExample>();
        var highest = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < parsed.Records.Count; i++)
        {
            var record = parsed.Records[i];
            var e = record.Event;
            var decision = RiskScorer.Score(e, baselines[i], model, _thresholds);
            decisions = decisions.Add(decision.Decision);
            histogram[ScoreHistogram.BinOf(decision.Score)]++;
            if (decision.Decision != record.Decision.Decision)
            {
                differing++;
                if (examples.Count < maxExamples)
                {
                    examples.Add(new ReconciliationExample(
                        e.Id, e.AccountId, DecisionNames.ToWire(record.Decision.Decision), DecisionNames.ToWire(decision.Decision),
                        record.Decision.Score, decision.Score, record.Decision.ModelVersion));
                }
            }

            if (e.Type == EventType.Payment)
            {
                highest[e.AccountId] = Math.Max(highest.GetValueOrDefault(e.AccountId), decision.Score);
            }
        }

        var top = RiskyAccount.Top(highest.Select(h => new RiskyAccount(h.Key, h.Value)), options.Value.TopRiskyAccounts);
        cpu += Stopwatch.GetElapsedTime(started);
        return Counts(parsed, cpu) with
        {
            BatchDecisions = decisions,
            ScoreHistogram = histogram,
            Reconciliation = new ReconciliationCounts(parsed.Records.Count, differing, examples),
            TopRisky = top,
        };
    }
}
