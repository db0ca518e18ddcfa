using Tidewater.App.Batch;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

public sealed class ExampleMergeTests
{
    /// <summary>An example whose features tell which run and position it came from.</summary>
    private static LabelledPayment Example(UInt128 digest, int run, int index) =>
        new(digest, new FeatureVector(run, index, 0, 1, 0, 1, 0, 1, -run / 3.0));

    /// <summary>What the label index wrote before: a stable sort of the runs one after another, repeats dropped.</summary>
    private static byte[] Expected(IEnumerable<LabelledPayment[]> runs) =>
        ExampleCodec.Write([.. runs.SelectMany(r => r).OrderBy(p => p.Digest).DistinctBy(p => p.Digest)]);

    private static ReadOnlyMemory<byte>[] Encoded(IEnumerable<LabelledPayment[]> runs) =>
        [.. runs.Select(r => (ReadOnlyMemory<byte>)ExampleCodec.Write(r))];

    [Fact]
    public void Merge_RepeatsAcrossAndWithinRuns_KeepsTheFirstInRunOrder()
    {
        LabelledPayment[][] runs =
        [
            [Example(3, 0, 0), Example(5, 0, 1), Example(5, 0, 2), Example(9, 0, 3)],
            [],
            [Example(1, 2, 0), Example(5, 2, 1), Example(9, 2, 2), Example(12, 2, 3)],
            [Example(3, 3, 0), Example(4, 3, 1)],
        ];

        var merged = ExampleMerge.Merge(Encoded(runs));

        Assert.Equal(Expected(runs), merged);
        Assert.Equal(
            [(1, 2, 0), (3, 0, 0), (4, 3, 1), (5, 0, 1), (9, 0, 3), (12, 2, 3)],
            ExampleCodec.Read(merged).Select(p => ((int)p.Digest, (int)p.Features[0], (int)p.Features[1])));
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(7, 200)]
    [InlineData(64, 40)]
    public void Merge_RandomSortedRuns_MatchesAStableSortWithoutRepeats(int runCount, int perRun)
    {
        var random = new Random(runCount * 1000 + perRun);
        var runs = Enumerable.Range(0, runCount).Select(run =>
            Enumerable.Range(0, random.Next(perRun + 1))
                .Select(i => Example(((UInt128)(ulong)random.Next(perRun * 4) << 64) | (ulong)random.Next(3), run, i))
                .OrderBy(p => p.Digest)
                .ToArray()).ToList();

        var merged = ExampleMerge.Merge(Encoded(runs));

        Assert.Equal(Expected(runs), merged);
        var digests = ExampleCodec.Read(merged).Select(p => p.Digest).ToList();
        Assert.Equal(digests.Order().Distinct(), digests);
    }

    [Fact]
    public void Merge_NoRecords_IsEmpty()
    {
        Assert.Empty(ExampleMerge.Merge([]));
        Assert.Empty(ExampleMerge.Merge([ReadOnlyMemory<byte>.Empty, ReadOnlyMemory<byte>.Empty]));
    }

    [Fact]
    public void Merge_PartialRecord_IsInvalidData()
    {
        var run = ExampleCodec.Write([Example(1, 0, 0)]);

        Assert.Throws<InvalidDataException>(() => ExampleMerge.Merge([run.AsMemory(1)]));
    }

    [Fact]
    public async Task WriteBucketAsync_RecordsUnsortedRepeatedOrOfAnotherBucket_AreRejectedBeforeStoring()
    {
        var labels = new LabelIndex(null!);
        var inBucket = Enumerable.Range(0, 400).Select(i => BatchIds.Digest($"p{i}")).Where(d => BatchIds.LabelBucket(d) == 5).Order().Take(3).ToArray();
        var other = Enumerable.Range(0, 400).Select(i => BatchIds.Digest($"p{i}")).First(d => BatchIds.LabelBucket(d) != 5);
        byte[] Records(params UInt128[] digests) => ExampleCodec.Write([.. digests.Select((d, i) => Example(d, 0, i))]);

        await Assert.ThrowsAsync<ArgumentException>("records", () => labels.WriteBucketAsync("w", 5, Records(inBucket[1], inBucket[0]), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>("records", () => labels.WriteBucketAsync("w", 5, Records(inBucket[0], inBucket[0]), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>("records", () => labels.WriteBucketAsync("w", 5, Records(inBucket[0], other), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>("records", () => labels.WriteBucketAsync("w", 5, Records(inBucket)[1..], CancellationToken.None));
        await labels.WriteBucketAsync("w", 5, Array.Empty<byte>(), CancellationToken.None); // nothing to store, storage never touched
    }

    [Fact]
    public void Merge_RunNotSortedByDigest_IsInvalidData()
    {
        var examples = Enumerable.Range(0, 4).Select(i => new LabelledPayment(BatchIds.Digest($"u{i}"), default)).OrderByDescending(e => e.Digest).ToList();

        Assert.Throws<InvalidDataException>(() => ExampleMerge.Merge([ExampleCodec.Write(examples)]));
    }
}
