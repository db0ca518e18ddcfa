using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

public sealed class ChunkPlannerTests
{
    [Fact]
    public void Plan_SplitsBySizeAndItems_InNameOrder_WithContiguousRanges()
    {
        var segments = new[]
        {
            new SegmentInfo("w/b/000000.ndjson", 1000, Items: 10, Sha256: null),
            new SegmentInfo("w/a/000000.ndjson", 250, Items: 100, Sha256: null),
        };

        var chunks = ChunkPlanner.Plan(segments, maxBytes: 400, maxItems: 40);

        Assert.Equal(["w/a/000000.ndjson", "w/a/000000.ndjson", "w/a/000000.ndjson", "w/b/000000.ndjson", "w/b/000000.ndjson", "w/b/000000.ndjson"], chunks.Select(c => c.Segment));
        Assert.Equal(Enumerable.Range(0, 6), chunks.Select(c => c.Index));
        foreach (var group in chunks.GroupBy(c => c.Segment))
        {
            var list = group.ToList();
            Assert.Equal(0, list[0].Start);
            Assert.Equal(list[0].SegmentLength, list[^1].End);
            Assert.All(list.Zip(list.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        }
    }

    [Fact]
    public void Plan_UnknownItemCount_SplitsBySizeOnly_AndSkipsEmptySegments()
    {
        var chunks = ChunkPlanner.Plan([new SegmentInfo("x", 10, null, null), new SegmentInfo("empty", 0, 0, null)], maxBytes: 4, maxItems: 1);

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.Equal("x", c.Segment));
    }

    [Fact]
    public void Plan_IsDeterministic() =>
        Assert.Equal(
            ChunkPlanner.Plan([new SegmentInfo("s", 12345, 99, null)], 1000, 7),
            ChunkPlanner.Plan([new SegmentInfo("s", 12345, 99, null)], 1000, 7));
}
