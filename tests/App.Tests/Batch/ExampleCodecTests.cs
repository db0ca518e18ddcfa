using Tidewater.App.Batch;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Batch;

public sealed class ExampleCodecTests
{
    private static LabelledPayment Example(int i) =>
        new(BatchIds.Digest($"p{i}"), new FeatureVector(i, i + 0.5, 0, 1, 0, 1, 0, 1, -i / 3.0));

    [Fact]
    public void WriteByBucket_OrdersByBucketThenDigest_AndCountsEachBucket()
    {
        var examples = Enumerable.Range(0, 1000).Select(Example).ToList();

        var (content, counts) = ExampleCodec.WriteByBucket(examples);
        var read = ExampleCodec.Read(content);

        Assert.Equal(LabelIndex.Buckets, counts.Length);
        Assert.Equal(1000, counts.Sum());
        Assert.Equal(examples.OrderBy(e => BatchIds.LabelBucket(e.Digest)).ThenBy(e => e.Digest), read);
        int at = 0;
        for (int bucket = 0; bucket < counts.Length; bucket++)
        {
            Assert.All(read.Skip(at).Take(counts[bucket]), e => Assert.Equal(bucket, BatchIds.LabelBucket(e.Digest)));
            at += counts[bucket];
        }
    }

    [Fact]
    public void ReadAt_AndDigestAt_MatchRead()
    {
        var content = ExampleCodec.Write([.. Enumerable.Range(0, 5).Select(Example)]);

        var all = ExampleCodec.Read(content);

        Assert.Equal(5, ExampleCodec.Count(content));
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(all[i], ExampleCodec.ReadAt(content, i));
            Assert.Equal(all[i].Digest, ExampleCodec.DigestAt(content, i));
        }
    }

    [Fact]
    public void Count_PartialRecord_IsInvalidData()
    {
        var content = ExampleCodec.Write([Example(1)]);

        Assert.Throws<InvalidDataException>(() => ExampleCodec.Count(content.AsSpan(1)));
    }
}
