namespace Tidewater.App.Batch;

/// <summary>
/// The labelled payments of one refresh, split by id into a training part and a held-out fifth
/// (<see cref="BatchIds.IsHoldout"/>). Beyond <c>maxExamples</c>, negatives are sampled by id and weighted by the
/// sampling rate, so the fit still sees the true class balance; every positive is kept. Both parts are in digest
/// order, so the fit (whose sums depend on the order in their last bits) does not depend on how the window was
/// chunked or read.
/// </summary>
/// <param name="Train">The training part.</param>
/// <param name="Holdout">The held-out part.</param>
public sealed record TrainingSet(IReadOnlyList<LabelledPayment> Train, IReadOnlyList<LabelledPayment> Holdout)
{
    /// <summary>Charged-back payments in the training part.</summary>
    public int Positives => Train.Count(e => e.ChargedBack);

    /// <summary>Splits (and samples) <paramref name="labelled"/>.</summary>
    public static TrainingSet Build(IReadOnlyList<LabelledPayment> labelled, int maxExamples)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        var builder = new Builder(SamplingRate(labelled.Count, labelled.Count(e => e.ChargedBack), maxExamples));
        foreach (var example in labelled)
        {
            builder.Add(example);
        }

        return builder.Build();
    }

    /// <summary>
    /// One negative in how many is kept, so that about <paramref name="maxExamples"/> examples remain: 1 (all) when
    /// there are no more than that, else the negatives over the places the positives leave.
    /// </summary>
    public static ulong SamplingRate(long labelled, long positives, int maxExamples) =>
        labelled <= maxExamples ? 1 : (ulong)Math.Ceiling((labelled - positives) / (double)Math.Max(1, maxExamples - positives));

    /// <summary>Builds a set from examples given one at a time, so a window's payments never need to be in memory at once.</summary>
    /// <param name="rate">The sampling rate (<see cref="SamplingRate"/>), from counts known in advance.</param>
    public sealed class Builder(ulong rate)
    {
        private readonly List<LabelledPayment> _train = [];
        private readonly List<LabelledPayment> _holdout = [];

        /// <summary>True when a payment with this digest and label would be kept (check before reading its features).</summary>
        public bool Keeps(UInt128 digest, bool chargedBack) => chargedBack || BatchIds.SampleKey(digest) % rate == 0;

        /// <summary>Adds <paramref name="example"/> if the sample keeps it; a kept negative weighs the rate.</summary>
        public void Add(LabelledPayment example)
        {
            if (!Keeps(example.Digest, example.ChargedBack))
            {
                return;
            }

            var kept = example.ChargedBack ? example : example with { Weight = rate };
            (BatchIds.IsHoldout(kept.Digest) ? _holdout : _train).Add(kept);
        }

        /// <summary>The set of the examples kept, each part in digest order (equal digests in the order added).</summary>
        public TrainingSet Build() => new(ByDigest(_train), ByDigest(_holdout));

        private static LabelledPayment[] ByDigest(List<LabelledPayment> examples) => [.. examples.OrderBy(e => e.Digest)];
    }
}
