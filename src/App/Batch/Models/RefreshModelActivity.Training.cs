using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class RefreshModelActivity
{
    /// <summary>Examples a run of buckets aims to hold (the label index pass reads a run of buckets of every chunk together).</summary>
    private const int LabelGroupExamples = 131_072;

    /// <summary>How many runs of buckets the label index pass works on at once.</summary>
    private const int LabelGroupConcurrency = 2;

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
    /// and counts the positives, which fixes the sampling rate; the second keeps the sample.
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
            var blob = await storage.Batch.GetBlobClient(sidecar.ExamplesBlob).DownloadExactAsync(cancellationToken: cancellationToken);
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
    /// Writes the window's label index a run of buckets at a time, <see cref="LabelGroupConcurrency"/> runs at once
    /// (one ranged read per chunk and run, since each sidecar is ordered by bucket), and counts the window's payments
    /// named by <paramref name="charged"/>. Runs are independent: the count is a sum and the charged digests a set.
    /// </summary>
    /// <returns>How many of the window's payments are charged back, and which of the charged digests are in the window.</returns>
    private async Task<(long Positives, HashSet<UInt128> ChargedInWindow)> WriteLabelIndexAsync(
        RefreshRun run, IReadOnlyList<ChunkSidecars> sidecars, HashSet<UInt128> charged, CancellationToken cancellationToken)
    {
        var starts = sidecars.Select(BucketStarts).ToList();
        var groups = BucketGroups(sidecars.Sum(s => (long)s.Examples));
        var counted = new (long Positives, HashSet<UInt128> ChargedInWindow)[groups.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = LabelGroupConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), parallel, async (group, token) =>
            counted[group] = await WriteLabelGroupAsync(run.Window.Id, sidecars, starts, groups[group], charged, token));

        var chargedInWindow = new HashSet<UInt128>();
        foreach (var group in counted)
        {
            chargedInWindow.UnionWith(group.ChargedInWindow);
        }

        return (counted.Sum(g => g.Positives), chargedInWindow);
    }

    /// <summary>The runs of buckets [First, End) of the label index pass, each about <see cref="LabelGroupExamples"/> of the window's examples.</summary>
    private static IReadOnlyList<(int First, int End)> BucketGroups(long examples)
    {
        int perGroup = (int)Math.Clamp(LabelIndex.Buckets * (long)LabelGroupExamples / Math.Max(1, examples), 1, LabelIndex.Buckets);
        var groups = new List<(int First, int End)>();
        for (int first = 0; first < LabelIndex.Buckets; first += perGroup)
        {
            groups.Add((first, Math.Min(LabelIndex.Buckets, first + perGroup)));
        }

        return groups;
    }

    /// <summary>
    /// Writes one run of buckets of the label index: each bucket's blob is the k-way merge of the chunks' slices of
    /// it (each sorted by digest), in chunk order, so of repeated digests the first in chunk order is kept.
    /// </summary>
    /// <returns>How many of the run's examples are charged back, and which of the charged digests are among them.</returns>
    private async Task<(long Positives, HashSet<UInt128> ChargedInWindow)> WriteLabelGroupAsync(string windowId, IReadOnlyList<ChunkSidecars> sidecars,
        IReadOnlyList<int[]> starts, (int First, int End) group, HashSet<UInt128> charged, CancellationToken cancellationToken)
    {
        var slices = await ReadBucketGroupAsync(sidecars, starts, group, cancellationToken);
        var counted = CountCharged(slices, charged);
        for (int bucket = group.First; bucket < group.End; bucket++)
        {
            var runs = new ReadOnlyMemory<byte>[slices.Length];
            for (int chunk = 0; chunk < slices.Length; chunk++)
            {
                int from = starts[chunk][bucket] - starts[chunk][group.First], count = starts[chunk][bucket + 1] - starts[chunk][bucket];
                runs[chunk] = slices[chunk].Slice(from * ExampleCodec.RecordBytes, count * ExampleCodec.RecordBytes);
            }

            await labels.WriteBucketAsync(windowId, bucket, ExampleMerge.Merge(runs), cancellationToken);
        }

        return counted;
    }

    /// <summary>Each chunk's examples of a run of buckets, in chunk order: one ranged read per chunk that has any.</summary>
    /// <exception cref="InvalidDataException">A read returned another length than the bucket counts give.</exception>
    private async Task<ReadOnlyMemory<byte>[]> ReadBucketGroupAsync(
        IReadOnlyList<ChunkSidecars> sidecars, IReadOnlyList<int[]> starts, (int First, int End) group, CancellationToken cancellationToken)
    {
        var slices = new ReadOnlyMemory<byte>[sidecars.Count];
        for (int chunk = 0; chunk < sidecars.Count; chunk++)
        {
            long offset = (long)starts[chunk][group.First] * ExampleCodec.RecordBytes;
            long length = (long)(starts[chunk][group.End] - starts[chunk][group.First]) * ExampleCodec.RecordBytes;
            if (length == 0)
            {
                continue;
            }

            slices[chunk] = (await BlobRangeReader.ReadAsync(storage.Batch.GetBlobClient(sidecars[chunk].ExamplesBlob), offset, length, cancellationToken)).ToMemory();
            if (slices[chunk].Length != length)
            {
                throw new InvalidDataException($"The examples sidecar {sidecars[chunk].ExamplesBlob} returned {slices[chunk].Length} bytes at {offset}, not {length}.");
            }
        }

        return slices;
    }

    /// <summary>How many of the examples are named by <paramref name="charged"/> (repeats counted), and which of those digests occur.</summary>
    private static (long Positives, HashSet<UInt128> ChargedInWindow) CountCharged(IEnumerable<ReadOnlyMemory<byte>> slices, HashSet<UInt128> charged)
    {
        long positives = 0;
        var found = new HashSet<UInt128>();
        foreach (var slice in slices)
        {
            for (int i = 0, count = ExampleCodec.Count(slice.Span); i < count; i++)
            {
                var digest = ExampleCodec.DigestAt(slice.Span, i);
                if (charged.Contains(digest))
                {
                    positives++;
                    found.Add(digest);
                }
            }
        }

        return (positives, found);
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
