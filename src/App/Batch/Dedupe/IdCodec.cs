using System.Buffers.Binary;

namespace Tidewater.App.Batch;

/// <summary>
/// Binary forms of id sets, little-endian: a chunk's index (<c>records:int32, count:int32</c>, then
/// <c>digest:16 ordinal:4</c> per entry, sorted) and a window's id set (<c>digest:16</c> per id, sorted, distinct).
/// </summary>
internal static class IdCodec
{
    private const int DigestBytes = 16;
    private const int EntryBytes = DigestBytes + 4;

    public static byte[] WriteChunkIndex(int records, IReadOnlyList<IdEntry> entries)
    {
        var bytes = new byte[8 + (entries.Count * EntryBytes)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, records);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            var at = bytes.AsSpan(8 + (i * EntryBytes));
            BinaryPrimitives.WriteUInt128LittleEndian(at, entries[i].Digest);
            BinaryPrimitives.WriteInt32LittleEndian(at[DigestBytes..], entries[i].Ordinal);
        }

        return bytes;
    }

    /// <exception cref="InvalidDataException">The bytes are not a chunk index.</exception>
    public static (int Records, IdEntry[] Entries) ReadChunkIndex(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
        {
            throw new InvalidDataException("A chunk id index is shorter than its header.");
        }

        int records = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        if (count < 0 || bytes.Length != 8 + ((long)count * EntryBytes))
        {
            throw new InvalidDataException("A chunk id index has the wrong length.");
        }

        var entries = new IdEntry[count];
        for (int i = 0; i < count; i++)
        {
            var at = bytes[(8 + (i * EntryBytes))..];
            entries[i] = new IdEntry(BinaryPrimitives.ReadUInt128LittleEndian(at), BinaryPrimitives.ReadInt32LittleEndian(at[DigestBytes..]));
        }

        return (records, entries);
    }

    public static byte[] WriteIdSet(IReadOnlyList<UInt128> sortedDistinct)
    {
        var bytes = new byte[sortedDistinct.Count * DigestBytes];
        for (int i = 0; i < sortedDistinct.Count; i++)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(bytes.AsSpan(i * DigestBytes), sortedDistinct[i]);
        }

        return bytes;
    }

    /// <exception cref="InvalidDataException">The bytes are not an id set.</exception>
    public static UInt128[] ReadIdSet(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % DigestBytes != 0)
        {
            throw new InvalidDataException("A window id set has the wrong length.");
        }

        var ids = new UInt128[bytes.Length / DigestBytes];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = BinaryPrimitives.ReadUInt128LittleEndian(bytes[(i * DigestBytes)..]);
        }

        return ids;
    }
}
