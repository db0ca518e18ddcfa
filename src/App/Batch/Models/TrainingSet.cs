namespace Tidewater.App.Batch;

/// <summary>
/// The labelled payments of one refresh, split by id into a training part and a held-out fifth
/// (<see cref="BatchIds.IsHoldout"/>). Beyond <c>maxExamples</c>, negatives are sampled by id and weighted by the
/// sampling rate, so the fit still sees the true class balance; every positive is kept.
/// </summary>
/// <param name="Train">The training part.</param>
/// <param name="Holdout">The held-out part.</param>
public sealed record TrainingSet(IReadOnlyList<LabelledPayment> Train, IReadOnlyList<LabelledPayment> Holdout)
{
    /// <summary>Charged-back payments in the training part.</summary>
    public int Positives => Train.Count(e => e.ChargedBack);

    /// <summary>Splits (and samples) <paramref name="labelled"/>, keeping their order.</summary>
    public static TrainingSet Build(IReadOnlyList<LabelledPayment> labelled, int maxExamples)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        int positives = labelled.Count(e => e.ChargedBack);
        int negatives = labelled.Count - positives;
        ulong rate = labelled.Count <= maxExamples ? 1 : (ulong)Math.Ceiling(negatives / (double)Math.Max(1, maxExamples - positives));
        var kept = labelled
            .Where(e => e.ChargedBack || BatchIds.SampleKey(e.Digest) % rate == 0)
            .Select(e => e.ChargedBack ? e : e with { Weight = rate })
            .ToList();
        return new TrainingSet([.. kept.Where(e => !BatchIds.IsHoldout(e.Digest))], [.. kept.Where(e => BatchIds.IsHoldout(e.Digest))]);
    }
}
