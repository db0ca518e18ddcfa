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

    /// <summary>Reads examples (unlabelled).</summary>
    /// <exception cref="InvalidDataException">The length is not a whole number of examples.</exception>
    public static LabelledPayment[] Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % RecordBytes != 0)
        {
            throw new InvalidDataException("An example blob has the wrong length.");
        }

        var examples = new LabelledPayment[bytes.Length / RecordBytes];
        Span<double> f = stackalloc double[FeatureNames.Count];
        for (int i = 0; i < examples.Length; i++)
        {
            var at = bytes[(i * RecordBytes)..];
            for (int j = 0; j < f.Length; j++)
            {
                f[j] = BinaryPrimitives.ReadDoubleLittleEndian(at[(16 + (j * 8))..]);
            }

            examples[i] = new LabelledPayment(BinaryPrimitives.ReadUInt128LittleEndian(at), new FeatureVector(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
        }

        return examples;
    }
}
