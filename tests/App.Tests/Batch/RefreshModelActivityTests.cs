using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Scoring;
using Tidewater.App.Tests.Scoring;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Batch;

[Collection(AzuriteCollections.Azurite)]
public sealed class RefreshModelActivityTests(AzuriteFixture azurite)
{
    private static readonly BatchRequest Scheduled = new(BatchActivityFixture.Window, 1, null, true);

    [Fact]
    public async Task RunAsync_RunAgainOrRebatched_NeverMergesTheWindowTwice()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Enumerable.Range(0, 12).Select(i => Payment($"p{i}", $"acct-{i % 4}", amount: 10 + i))]);
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);

        var first = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);
        var models = fixture.Storage.Models;
        var etags = await EtagsAsync(models, $"versions/{first.ModelOut}/");
        var again = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);
        var (replanned, _, restats, remerged) = await fixture.Steps.UpToRefreshAsync(Scheduled); // a later batch starts from the new model
        var rebatched = await fixture.Steps.RefreshAsync(replanned, restats, remerged, publish: true);

        Assert.True(first.Merged);
        Assert.Equal((4L, ModelPublishOutcomes.Switched), (first.AccountsMerged, first.Publish));
        Assert.Equal(first, again);
        Assert.Equal(first.ModelOut, replanned.ModelVersion);
        Assert.Equal((first.ModelBase, first.ModelOut), (rebatched.ModelBase, rebatched.ModelOut));
        Assert.Equal(etags, await EtagsAsync(models, $"versions/{first.ModelOut}/"));
        Assert.Single(await EtagsAsync(models, "versions/"), e => e.Key.EndsWith("model.json", StringComparison.Ordinal));
        var model = await fixture.Host.Get<BatchModelStore>().GetAsync(first.ModelOut, CancellationToken.None);
        Assert.Equal([BatchActivityFixture.Window], model.IncludedWindows);
        Assert.Equal(RiskModel.Default.Population.Amount.Count + 12, model.Population.Amount.Count);
    }

    [Fact]
    public async Task RunAsync_ModelAlreadyIncludingTheWindow_IsKeptAsItIs()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await ModelPublisher.PublishAsync(fixture.Storage.Models, ModelPublisher.Version("v7", 64, BatchActivityFixture.Window));
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", Payment("p1"), Payment("p2"));
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);

        var result = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);

        Assert.Equal(new ModelRefreshResult("v7", "v7", false, 0, RefitSummary.NotAttempted, ModelPublishOutcomes.Unchanged), result);
    }

    [Fact]
    public async Task RunAsync_PinnedPointer_IsNotSwitched()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await ModelPublisher.PublishAsync(fixture.Storage.Models, ModelPublisher.Version("v1", 64));
        var pinned = JsonSerializer.SerializeToUtf8Bytes(new { version = "v1", pinned = true, updatedAt = WindowStart });
        await fixture.Storage.Models.GetBlobClient(ModelLayout.CurrentPointer).UploadAsync(new BinaryData(pinned), overwrite: true);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", Payment("p1"), Payment("p2", "acct-2"));
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);

        var result = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);

        Assert.Equal(("v1", ModelPublishOutcomes.Pinned, true), (result.ModelBase, result.Publish, result.Merged));
        Assert.NotEqual("v1", result.ModelOut);
        var (pointer, _) = await fixture.Host.Get<BatchModelStore>().ReadPointerAsync(CancellationToken.None);
        Assert.Equal(("v1", true), (pointer!.Version, pointer.Pinned));
    }

    [Fact]
    public async Task RunAsync_RefitBetterOnHeldOutLabels_IsPublished()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Labelled(120, (i, _) => i % 3 == 0 ? Kind.Fraud : Kind.Good)]);
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);

        var result = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);

        Assert.Equal(RefitOutcomes.Accepted, result.Refit.Outcome);
        Assert.True(result.Refit.HoldoutLossAfter < result.Refit.HoldoutLossBefore);
        Assert.InRange(result.Refit.Positives, 1, result.Refit.Examples - 1);
        var model = await fixture.Host.Get<BatchModelStore>().GetAsync(result.ModelOut, CancellationToken.None);
        Assert.NotEqual(RiskModel.Default.Weights, model.Weights);
        Assert.True(model.Weights.Get(FeatureNames.HighRiskMerchantCategory) > RiskModel.Default.Weights.Get(FeatureNames.HighRiskMerchantCategory));
        Assert.Equal(ModelPublishOutcomes.Switched, result.Publish);
    }

    [Fact]
    public async Task RunAsync_RefitWorseOnHeldOutLabels_KeepsTheWeightsButPublishesTheBaselines()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        // Trained on risky payments that were charged back; judged on risky payments that were not.
        await fixture.WriteAsync(BatchActivityFixture.Window, "a",
            [.. Labelled(120, (i, holdout) => holdout ? Kind.RiskyButGood : i % 2 == 0 ? Kind.Fraud : Kind.Good)]);
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);

        var result = await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);

        Assert.Equal(RefitOutcomes.Rejected, result.Refit.Outcome);
        Assert.True(result.Refit.HoldoutLossAfter > result.Refit.HoldoutLossBefore);
        var model = await fixture.Host.Get<BatchModelStore>().GetAsync(result.ModelOut, CancellationToken.None);
        Assert.Equal(RiskModel.Default.Weights, model.Weights);
        Assert.Equal([BatchActivityFixture.Window], model.IncludedWindows);
        Assert.Equal((true, ModelPublishOutcomes.Switched), (result.Merged, result.Publish));
    }

    [Fact]
    public async Task RunAsync_ChargebackInALaterWindow_LabelsThePaymentFromTheLabelIndex()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", [.. Enumerable.Range(0, 30).Select(i => Payment($"early-{i}", $"acct-{i}"))]);
        var (plan, _, stats, merged) = await fixture.Steps.UpToRefreshAsync(Scheduled);
        await fixture.Steps.RefreshAsync(plan, stats, merged, publish: true);
        var later = WindowStart.AddMinutes(1);
        await fixture.WriteAsync(WindowId(later), "a",
            [.. Enumerable.Range(0, 10).Select(i => Chargeback($"cb-{i}", $"early-{i}", $"acct-{i}", receivedAt: later)),
             .. Enumerable.Range(0, 30).Select(i => Payment($"late-{i}", $"acct-{i}", receivedAt: later))]);

        var (plan2, _, stats2, merged2) = await fixture.Steps.UpToRefreshAsync(new BatchRequest(WindowId(later), 1, null, true));
        var result = await fixture.Steps.RefreshAsync(plan2, stats2, merged2, publish: true);

        Assert.Equal(40, result.Refit.Examples + result.Refit.Holdout);
        var found = await fixture.Host.Get<LabelIndex>().FindAsync(
            [.. Enumerable.Range(0, 10).Select(i => BatchIds.Digest($"early-{i}"))], BatchWindows.Parse(WindowId(later), 1), TimeSpan.FromDays(30), CancellationToken.None);
        Assert.Equal(10, found.Count);
    }

    private enum Kind
    {
        Good,
        Fraud,
        RiskyButGood,
    }

    /// <summary>Payments of 20 accounts; fraud and "risky" ones are large quasi-cash transfers; fraud is charged back in the same window.</summary>
    private static IEnumerable<AccumulationRecord> Labelled(int count, Func<int, bool, Kind> kind)
    {
        for (int i = 0; i < count; i++)
        {
            string id = $"pay-{i}";
            var k = kind(i, BatchIds.IsHoldout(BatchIds.Digest(id)));
            yield return k == Kind.Good
                ? Payment(id, $"acct-{i % 20}", amount: 20m)
                : Payment(id, $"acct-{i % 20}", amount: 900m, mcc: "6051", channel: PaymentChannel.Transfer);
            if (k == Kind.Fraud)
            {
                yield return Chargeback($"cb-{i}", id, $"acct-{i % 20}", 900m);
            }
        }
    }

    private static async Task<Dictionary<string, Azure.ETag>> EtagsAsync(BlobContainerClient container, string prefix)
    {
        var etags = new Dictionary<string, Azure.ETag>();
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, CancellationToken.None))
        {
            etags[blob.Name] = blob.Properties.ETag.GetValueOrDefault();
        }

        return etags;
    }
}
