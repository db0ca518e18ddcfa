using Tidewater.App.Batch;
using Tidewater.App.Storage;
using Tidewater.Testing;
using static Tidewater.App.Tests.Batch.BatchRecords;

namespace Tidewater.App.Tests.Batch;

/// <summary>Each event id counts once: at its first occurrence in the window, and not at all if the previous window has it.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class ExactlyOnceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Batch_DuplicateAcrossSegmentsAndAcrossThePreviousWindow_CountsEachIdOnce()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        var previousAt = WindowStart.AddSeconds(-30);
        await fixture.WriteAsync(BatchActivityFixture.PreviousWindow, "a", Payment("dup-prev", receivedAt: previousAt), Payment("only-prev", receivedAt: previousAt));
        await fixture.WriteAsync(BatchActivityFixture.Window, "a", Payment("a1"), Payment("dup"), Payment("dup-prev"), Payment("a2"));
        await WriteSegmentAsync(fixture.Storage.Events, BatchActivityFixture.Window, "b", [Payment("dup"), Payment("b1"), Payment("dup")], closed: false);

        var (plan, duplicates, _, merged) = await fixture.Steps.UpToRefreshAsync(new BatchRequest(BatchActivityFixture.Window, 1, null, true));
        var stats = await fixture.Steps.ReadPartialAsync(merged.Blob);

        Assert.Equal(7, plan.Records);
        Assert.Equal((4L, 2L, 1L), (duplicates.DistinctIds, duplicates.DuplicatesInWindow, duplicates.DuplicatesOfPreviousWindow));
        Assert.Equal((7L, 4L, 3L), (stats.Records, stats.Events, stats.Skipped));
        Assert.NotNull(await fixture.Storage.Batch.GetBlobClient(BatchLayout.WindowIds(BatchActivityFixture.PreviousWindow)).DownloadIfExistsAsync());
        var own = await fixture.Host.Get<WindowIdSets>().GetOrBuildAsync(BatchWindows.Parse(BatchActivityFixture.Window, 1), CancellationToken.None);
        Assert.Equal(5, own.Length); // a1, dup, dup-prev, a2, b1: the next window skips all of them
    }

    [Fact]
    public async Task Plan_UnclosedSegment_HashesAndCountsItsContent()
    {
        await using var fixture = await BatchActivityFixture.StartAsync(azurite);
        await WriteSegmentAsync(fixture.Storage.Events, BatchActivityFixture.Window, "x", [Payment("u1"), Payment("u2")], closed: false);
        await fixture.WriteAsync(BatchActivityFixture.Window, "y", Payment("c1"));

        var plan = await fixture.Steps.PlanAsync(new BatchRequest(BatchActivityFixture.Window, 1, null, true));
        var document = await fixture.Host.Get<BatchDocuments>().GetPlanAsync(plan.WindowId, plan.PlanId, CancellationToken.None);

        Assert.Equal(3, plan.Records);
        Assert.All(document.Segments, s => Assert.Matches("^[0-9a-f]{64}$", s.Sha256));
        Assert.Equal([2L, 1L], document.Segments.Select(s => s.Items!.Value));
    }

    [Fact]
    public void EventIdScanner_FindsTheSameIdAsTheDigestOfTheParsedEvent()
    {
        var line = Lines([Payment("evt:1.a-b_c")]).AsSpan()[..^1];

        var id = EventIdScanner.FindId(line);

        Assert.Equal(BatchIds.Digest("evt:1.a-b_c"), BatchIds.Digest(id));
    }
}
