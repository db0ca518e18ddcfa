using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class RefreshModelActivity
{
    /// <summary>Examples the label index pass aims to hold at once (it reads a run of buckets of every chunk together).</summary>
    private const int LabelGroupExamples = 131_072;

    /// <summary>
    /// Labels and refit. Labelled payments: the window's payments (label 1 when a chargeback of this window names
    /// them, else 0), then the earlier payments (within the horizon, from the <see cref="LabelIndex"/>) named by this
    /// window's chargebacks (label 1). Refits from the base weights when the training part has
    /// <see cref="BatchOptions.MinLabels"/> payments, a positive among them and a held-out part; keeps the refit only
    /// if its held-out log loss is no worse than the base weights'.
    /// </summary>
    /// <remarks>
    /// A payment charged back in a later window counts as 0 here, and as 1 in that later window's refit.
    /// </remarks>
    private async Task<(ModelWeights Weights, RefitSummary Summary)> RefitAsync(RefreshRun run, RiskModel baseModel, CancellationToken cancellationToken)
    {
        var set = await TrainingSetAsync(run, cancellationToken);
        int positives = set.Positives;
        if (set.Train.Count < options.Value.MinLabels)
        {
            return (baseModel.Weights, new RefitSummary(RefitOutcomes.TooFewLabels, set.Train.Count, positives, set.Holdout.Count));
        }

        if (positives == 0 || positives == set.Train.Count || set.Holdout.Count == 0)
        {
            return (baseModel.Weights, new RefitSummary(RefitOutcomes.NotEnoughClasses, set.Train.Count, positives, set.Holdout.Count));
        }

        var refitted = LogisticRefit.Fit(set.Train, baseModel.Weights);
        double before = LogisticRefit.LogLoss(set.Holdout, baseModel.Weights);
        double after = LogisticRefit.LogLoss(set.Holdout, refitted);
        bool accepted = after <= before;
        return (accepted ? refitted : baseModel.Weights,
            new RefitSummary(accepted ? RefitOutcomes.Accepted : RefitOutcomes.Rejected, set.Train.Count, positives, set.Holdout.Count, before, after));
    }

    /// <summary>
    /// The training set of the refresh (built once per run), in two streaming passes over the chunks' example
    /// sidecars so that memory stays bounded whatever the window's size: the first writes the window's label index
    /// and counts the positives, which fixes the sampling rate; the second keeps the sample, in chunk order.
    /// </summary>
    private async Task<TrainingSet> TrainingSetAsync(RefreshRun run, CancellationToken cancellationToken)
    {
        if (run.Training is not null)
        {
            return run.Training;
        }

        var sidecars = await SidecarsAsync(run, cancellationToken);
        var charged = run.Stats.ChargebackRefs.Select(c => BatchIds.Digest(c.PaymentId)).ToHashSet();
        var (positives, chargedInWindow) = await WriteLabelIndexAsync(run, sidecars, charged, cancellationToken);
        UInt128[] earlierWanted = [.. charged.Where(d => !chargedInWindow.Contains(d)).Order()];
        var earlier = earlierWanted.Length == 0 ? new Dictionary<UInt128, LabelledPayment>()
            : await labels.FindAsync(earlierWanted, run.Window, TimeSpan.FromDays(options.Value.LabelHorizonDays), cancellationToken);

        long labelled = sidecars.Sum(s => (long)s.Examples) + earlier.Count;
        var builder = new TrainingSet.Builder(TrainingSet.SamplingRate(labelled, positives + earlier.Count, options.Value.MaxTrainingExamples));
        foreach (var sidecar in sidecars)
        {
            var blob = await storage.Batch.GetBlockBlobClient(sidecar.ExamplesBlob).DownloadAsync(cancellationToken: cancellationToken);
            var bytes = blob.Content.ToMemory();
            for (int i = 0, count = ExampleCodec.Count(bytes.Span); i < count; i++)
            {
                var digest = ExampleCodec.DigestAt(bytes.Span, i);
                bool chargedBack = charged.Contains(digest);
                if (builder.Keeps(digest, chargedBack))
                {
                    builder.Add(ExampleCodec.ReadAt(bytes.Span, i) with { ChargedBack = chargedBack });
                }
            }
        }

        foreach (var payment in earlier.Values.OrderBy(p => p.Digest))
        {
            builder.Add(payment with { ChargedBack = true });
        }

        run.Training = builder.Build();
        return run.Training;
    }

    /// <summary>
    /// Writes the window's label index a run of buckets at a time (one ranged read per chunk and run, since each
    /// sidecar is ordered by bucket), and counts the window's payments named by <paramref name="charged"/>.
    /// </summary>
    /// <returns>How many of the window's payments are charged back, and which of the charged digests are in the window.</returns>
    private async Task<(long Positives, HashSet<UInt128> ChargedInWindow)> WriteLabelIndexAsync(
        RefreshRun run, IReadOnlyList<ChunkSidecars> sidecars, HashSet<UInt128> charged, CancellationToken cancellationToken)
    {
        long positives = 0;
        var chargedInWindow = new HashSet<UInt128>();
        var starts = sidecars.Select(BucketStarts).ToList();
        long examples = sidecars.Sum(s => (long)s.Examples);
        int perGroup = (int)Math.Clamp(LabelIndex.Buckets * (long)LabelGroupExamples / Math.Max(1, examples), 1, LabelIndex.Buckets);
        for (int first = 0; first < LabelIndex.Buckets; first += perGroup)
        {
            int end = Math.Min(LabelIndex.Buckets, first + perGroup);
            var buckets = Enumerable.Range(first, end - first).Select(_ => new List<LabelledPayment>()).ToArray();
            for (int chunk = 0; chunk < sidecars.Count; chunk++)
            {
                int from = starts[chunk][first], to = starts[chunk][end];
                if (to == from)
                {
                    continue;
                }

                var range = await storage.Batch.GetBlockBlobClient(sidecars[chunk].ExamplesBlob).DownloadRangeAsync(
                    (long)from * ExampleCodec.RecordBytes, (long)(to - from) * ExampleCodec.RecordBytes, cancellationToken: cancellationToken);
                foreach (var payment in ExampleCodec.Read(range.Content.ToMemory().Span))
                {
                    buckets[BatchIds.LabelBucket(payment.Digest) - first].Add(payment);
                    if (charged.Contains(payment.Digest))
                    {
                        positives++;
                        chargedInWindow.Add(payment.Digest);
                    }
                }
            }

            for (int i = 0; i < buckets.Length; i++)
            {
                LabelledPayment[] sorted = [.. buckets[i].OrderBy(p => p.Digest).DistinctBy(p => p.Digest)];
                buckets[i] = [];
                await labels.WriteBucketAsync(run.Window.Id, first + i, sorted, cancellationToken);
            }
        }

        return (positives, chargedInWindow);
    }

    /// <summary>Where each bucket starts in a chunk's examples sidecar, in examples (<see cref="LabelIndex.Buckets"/> + 1 entries).</summary>
    private static int[] BucketStarts(ChunkSidecars sidecar)
    {
        if (sidecar.ExampleBuckets is not { Count: LabelIndex.Buckets } counts || counts.Sum() != sidecar.Examples)
        {
            throw new InvalidDataException($"The examples sidecar {sidecar.ExamplesBlob} has no valid bucket counts.");
        }

        var starts = new int[LabelIndex.Buckets + 1];
        for (int b = 0; b < LabelIndex.Buckets; b++)
        {
            starts[b + 1] = starts[b] + counts[b];
        }

        return starts;
    }
}
