using System.Buffers.Binary;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// The binary form of payment examples, in chunk sidecars and in the label index: per payment its id digest
/// (16 bytes) and its <see cref="FeatureNames.Count"/> features (8-byte IEEE doubles), little-endian.
/// </summary>
public static class ExampleCodec
{
    /// <summary>Bytes per example.</summary>
    public const int RecordBytes = 16 + (FeatureNames.Count * 8);

    /// <summary>Writes the examples in the order given.</summary>
    public static byte[] Write(IReadOnlyList<LabelledPayment> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var bytes = new byte[examples.Count * RecordBytes];
        for (int i = 0; i < examples.Count; i++)
        {
            var at = bytes.AsSpan(i * RecordBytes);
            BinaryPrimitives.WriteUInt128LittleEndian(at, examples[i].Digest);
            for (int f = 0; f < FeatureNames.Count; f++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(at[(16 + (f * 8))..], examples[i].Features[f]);
            }
        }

        return bytes;
    }

    /// <summary>
    /// Writes the examples ordered by label-index bucket, then digest (equal digests keep their order), as a chunk's
    /// examples sidecar; also returns how many fell in each bucket.
    /// </summary>
    public static (byte[] Content, int[] BucketCounts) WriteByBucket(IReadOnlyList<LabelledPayment> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var order = new BucketOrder[examples.Count];
        var counts = new int[LabelIndex.Buckets];
        for (int i = 0; i < order.Length; i++)
        {
            int bucket = BatchIds.LabelBucket(examples[i].Digest);
            order[i] = new BucketOrder(bucket, examples[i].Digest, i);
            counts[bucket]++;
        }

        Array.Sort(order);
        var sorted = new LabelledPayment[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sorted[i] = examples[order[i].Index];
        }

        return (Write(sorted), counts);
    }

    /// <summary>Reads examples (unlabelled).</summary>
    /// <exception cref="InvalidDataException">The length is not a whole number of examples.</exception>
    public static LabelledPayment[] Read(ReadOnlySpan<byte> bytes)
    {
        var examples = new LabelledPayment[Count(bytes)];
        for (int i = 0; i < examples.Length; i++)
        {
            examples[i] = ReadAt(bytes, i);
        }

        return examples;
    }

    /// <summary>How many examples <paramref name="bytes"/> holds.</summary>
    /// <exception cref="InvalidDataException">The length is not a whole number of examples.</exception>
    public static int Count(ReadOnlySpan<byte> bytes) =>
        bytes.Length % RecordBytes == 0 ? bytes.Length / RecordBytes : throw new InvalidDataException("An example blob has the wrong length.");

    /// <summary>The id digest of example <paramref name="index"/>, without reading its features.</summary>
    public static UInt128 DigestAt(ReadOnlySpan<byte> bytes, int index) => BinaryPrimitives.ReadUInt128LittleEndian(bytes[(index * RecordBytes)..]);

    /// <summary>Example <paramref name="index"/> (unlabelled).</summary>
    public static LabelledPayment ReadAt(ReadOnlySpan<byte> bytes, int index)
    {
        var at = bytes.Slice(index * RecordBytes, RecordBytes);
        return new LabelledPayment(
            BinaryPrimitives.ReadUInt128LittleEndian(at),
            new FeatureVector(
                Feature(at, 0), Feature(at, 1), Feature(at, 2), Feature(at, 3), Feature(at, 4),
                Feature(at, 5), Feature(at, 6), Feature(at, 7), Feature(at, 8)));
    }

    private static double Feature(ReadOnlySpan<byte> record, int index) => BinaryPrimitives.ReadDoubleLittleEndian(record[(16 + (index * 8))..]);

    /// <summary>An example's sort key in a sidecar: bucket, digest, then its position (so equal digests keep their order).</summary>
    private readonly record struct BucketOrder(int Bucket, UInt128 Digest, int Index) : IComparable<BucketOrder>
    {
        public int CompareTo(BucketOrder other)
        {
            int byBucket = Bucket.CompareTo(other.Bucket);
            if (byBucket != 0)
            {
                return byBucket;
            }

            int byDigest = Digest.CompareTo(other.Digest);
            return byDigest != 0 ? byDigest : Index.CompareTo(other.Index);
        }
    }
}
