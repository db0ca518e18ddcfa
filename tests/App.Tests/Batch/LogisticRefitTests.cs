using Tidewater.App.Batch;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

public sealed class LogisticRefitTests
{
    private static readonly FeatureVector Risky = new(2, 6.8, 1, 0, 0, 1, 0, 1, 0);
    private static readonly FeatureVector Safe = new(0, 3, 0, 0, 0, 0, 0, 0, 0);

    private static List<LabelledPayment> Examples(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new LabelledPayment(BatchIds.Digest($"p{i}"), i % 4 == 0 ? Risky : Safe, ChargedBack: i % 4 == 0))];

    [Fact]
    public void Fit_SameExamples_GivesIdenticalWeights()
    {
        var examples = Examples(200);

        Assert.Equal(LogisticRefit.Fit(examples, RiskModel.Default.Weights), LogisticRefit.Fit(examples, RiskModel.Default.Weights));
    }

    [Fact]
    public void Fit_ExamplesOverManyBlocks_GivesIdenticalWeightsWhateverTheThreads()
    {
        var examples = Examples((LogisticRefit.BlockSize * 2) + 123);

        var first = LogisticRefit.Fit(examples, RiskModel.Default.Weights);
        var second = LogisticRefit.Fit(examples, RiskModel.Default.Weights);

        Assert.Equal(first, second);
        Assert.True(LogisticRefit.LogLoss(examples, first) < LogisticRefit.LogLoss(examples, RiskModel.Default.Weights));
    }

    [Fact]
    public void Fit_LabelsFollowingAFeature_LowersTheLossAndRaisesThatWeight()
    {
        var examples = Examples(200);

        var fitted = LogisticRefit.Fit(examples, RiskModel.Default.Weights);

        Assert.True(LogisticRefit.LogLoss(examples, fitted) < LogisticRefit.LogLoss(examples, RiskModel.Default.Weights) / 2);
        Assert.True(fitted.Get(FeatureNames.Transfer) > RiskModel.Default.Weights.Get(FeatureNames.Transfer));
    }

    [Fact]
    public void TrainingSet_Build_SplitsByIdAndSamplesNegativesWithWeights()
    {
        var examples = Examples(4000);

        var set = TrainingSet.Build(examples, maxExamples: 2000);
        var all = set.Train.Concat(set.Holdout).ToList();

        Assert.Equal(1000, all.Count(e => e.ChargedBack)); // every positive is kept, with weight 1
        Assert.All(all.Where(e => e.ChargedBack), e => Assert.Equal(1, e.Weight));
        var negatives = all.Where(e => !e.ChargedBack).ToList(); // 3000 negatives into 1000 places: one in 3, weighing 3
        Assert.All(negatives, e => Assert.Equal(3, e.Weight));
        Assert.InRange(negatives.Count, 850, 1150);
        Assert.All(set.Holdout, e => Assert.True(BatchIds.IsHoldout(e.Digest)));
        Assert.DoesNotContain(set.Train, e => BatchIds.IsHoldout(e.Digest));
    }

    [Fact]
    public void TrainingSet_Build_AnyInputOrder_GivesTheSameSetInDigestOrder()
    {
        var examples = Examples(3000);
        var shuffled = examples.OrderBy(e => BatchIds.SampleKey(e.Digest) ^ 0x5555).ToList();

        var set = TrainingSet.Build(examples, maxExamples: 2000);
        var again = TrainingSet.Build(shuffled, maxExamples: 2000);

        Assert.Equal(set.Train, again.Train);
        Assert.Equal(set.Holdout, again.Holdout);
        Assert.Equal(set.Train.OrderBy(e => e.Digest), set.Train);
    }

    [Fact]
    public void ModelVersions_Derive_DependsOnBaseWindowAndWeights()
    {
        var weights = RiskModel.Default.Weights;
        var other = new ModelWeights(weights.Bias + 1e-9, weights.Features);

        string version = ModelVersions.Derive("v0", "202611211000", weights);

        Assert.Matches("^v-[0-9a-f]{12}$", version);
        Assert.Equal(version, ModelVersions.Derive("v0", "202611211000", weights));
        Assert.NotEqual(version, ModelVersions.Derive("v1", "202611211000", weights));
        Assert.NotEqual(version, ModelVersions.Derive("v0", "202611211001", weights));
        Assert.NotEqual(version, ModelVersions.Derive("v0", "202611211000", other));
    }
}
