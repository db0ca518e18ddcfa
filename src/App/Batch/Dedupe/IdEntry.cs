namespace Tidewater.App.Batch;

/// <summary>One record's id digest and its ordinal in its chunk.</summary>
/// <param name="Digest">The id digest.</param>
/// <param name="Ordinal">The record's line number in the chunk, from 0.</param>
internal readonly record struct IdEntry(UInt128 Digest, int Ordinal) : IComparable<IdEntry>
{
    public int CompareTo(IdEntry other)
    {
        int byDigest = Digest.CompareTo(other.Digest);
        return byDigest != 0 ? byDigest : Ordinal.CompareTo(other.Ordinal);
    }
}
