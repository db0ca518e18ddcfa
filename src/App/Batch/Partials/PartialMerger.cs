namespace Tidewater.App.Batch;

/// <summary>Merges <see cref="BatchPartial"/>s; callers fold them in chunk order, so the result never depends on completion order.</summary>
/// <remarks>
/// Counts and histograms add; lists in record order concatenate (reconciliation examples keep the first ones);
/// the population merges with Chan's formula (<c>RunningStats.Merge</c>), whose last bits depend on order, which is
/// why the order is fixed; riskiest accounts keep the top of both.
/// </remarks>
public static class PartialMerger
{
    /// <summary>The partial of <paramref name="first"/>'s chunks followed by <paramref name="second"/>'s.</summary>
    public static BatchPartial Merge(BatchPartial first, BatchPartial second, int maxExamples, int topAccounts)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new BatchPartial
        {
            Chunks = first.Chunks + second.Chunks,
            Records = first.Records + second.Records,
            Skipped = first.Skipped + second.Skipped,
            Malformed = first.Malformed + second.Malformed,
            Events = first.Events + second.Events,
            Payments = first.Payments + second.Payments,
            Chargebacks = first.Chargebacks + second.Chargebacks,
            RealtimeDecisions = first.RealtimeDecisions.Plus(second.RealtimeDecisions),
            Latency = LatencyHistogram.Merge(first.Latency, second.Latency),
            LatencyMicrosTotal = first.LatencyMicrosTotal + second.LatencyMicrosTotal,
            Population = MergePopulation(first.Population, second.Population),
            ChargebackRefs = [.. first.ChargebackRefs, .. second.ChargebackRefs],
            BatchDecisions = first.BatchDecisions.Plus(second.BatchDecisions),
            ScoreHistogram = ScoreHistogram.Merge(first.ScoreHistogram, second.ScoreHistogram),
            Reconciliation = first.Reconciliation.Plus(second.Reconciliation, maxExamples),
            TopRisky = RiskyAccount.Top([.. first.TopRisky, .. second.TopRisky], topAccounts),
            CpuMicros = first.CpuMicros + second.CpuMicros,
        };
    }

    /// <summary>Merges <paramref name="partials"/> in the order given, starting from an empty partial.</summary>
    public static BatchPartial MergeAll(IEnumerable<BatchPartial> partials, int maxExamples, int topAccounts)
    {
        ArgumentNullException.ThrowIfNull(partials);
        return partials.Aggregate(new BatchPartial(), (merged, next) => Merge(merged, next, maxExamples, topAccounts));
    }

    private static BaselineDocument? MergePopulation(BaselineDocument? first, BaselineDocument? second) =>
        first is null ? second
        : second is null ? first
        : BaselineDocument.From(first.ToBaseline().Merge(second.ToBaseline()));
}
