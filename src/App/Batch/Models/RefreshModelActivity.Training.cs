using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

public sealed partial class RefreshModelActivity
{
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
        var set = TrainingSet.Build(await LabelledAsync(run, cancellationToken), options.Value.MaxTrainingExamples);
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

    /// <summary>Every labelled payment of the refresh (read once per run); also stores the window's label index.</summary>
    private async Task<IReadOnlyList<LabelledPayment>> LabelledAsync(RefreshRun run, CancellationToken cancellationToken)
    {
        if (run.Labelled is not null)
        {
            return run.Labelled;
        }

        var payments = new List<LabelledPayment>();
        foreach (var sidecar in await SidecarsAsync(run, cancellationToken))
        {
            var blob = await storage.Batch.GetBlockBlobClient(sidecar.ExamplesBlob).DownloadAsync(cancellationToken: cancellationToken);
            payments.AddRange(ExampleCodec.Read(blob.Content.ToMemory().Span));
        }

        await labels.WriteAsync(run.Window.Id, payments, cancellationToken);
        var charged = run.Stats.ChargebackRefs.Select(c => BatchIds.Digest(c.PaymentId)).ToHashSet();
        var inWindow = payments.Select(p => p.Digest).ToHashSet();
        UInt128[] earlierWanted = [.. charged.Where(d => !inWindow.Contains(d)).Order()];
        var earlier = earlierWanted.Length == 0 ? new Dictionary<UInt128, LabelledPayment>()
            : await labels.FindAsync(earlierWanted, run.Window, TimeSpan.FromDays(options.Value.LabelHorizonDays), cancellationToken);
        run.Labelled =
        [
            .. payments.Select(p => p with { ChargedBack = charged.Contains(p.Digest) }),
            .. earlier.Values.OrderBy(p => p.Digest).Select(p => p with { ChargedBack = true }),
        ];
        return run.Labelled;
    }
}
