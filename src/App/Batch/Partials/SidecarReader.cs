using System.Buffers.Binary;
using System.Text;

namespace Tidewater.App.Batch;

/// <summary>
/// Reads what <see cref="SidecarWriter"/> wrote, front to back; running past the end, an out-of-range length or
/// invalid UTF-8 is an <see cref="InvalidDataException"/> naming <c>what</c> is being read.
/// </summary>
internal ref struct SidecarReader(ReadOnlySpan<byte> content, string what)
{
    private readonly ReadOnlySpan<byte> _content = content;
    private int _position;

    public readonly int Remaining => _content.Length - _position;

    public byte Byte() => Take(1)[0];

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long Int64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(sizeof(double)));

    public int Varint()
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value <= int.MaxValue && (shift < 28 || b <= 0x0F)
                    ? (int)value
                    : throw new InvalidDataException($"A length in {what} is out of range.");
            }
        }

        throw new InvalidDataException($"A length in {what} runs over five bytes.");
    }

    public string String() => Decode(Take(Varint()));

    /// <summary>
    /// Reads a string that repeats across records (a country, a model version): equal values come back as the same
    /// instance from <paramref name="pool"/>, so a repeated value costs a lookup, not an allocation.
    /// </summary>
    public string String(Dictionary<string, string> pool)
    {
        const int MaxPooledBytes = 128;
        var bytes = Take(Varint());
        if (bytes.Length > MaxPooledBytes)
        {
            return Decode(bytes);
        }

        Span<char> chars = stackalloc char[MaxPooledBytes]; // UTF-8 never decodes to more chars than bytes
        chars = chars[..Decode(bytes, chars)];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(chars, out var known))
        {
            known = new string(chars);
            pool[known] = known;
        }

        return known;
    }

    /// <summary>Takes the next <paramref name="size"/> bytes.</summary>
    public ReadOnlySpan<byte> Take(int size)
    {
        if (size > Remaining)
        {
            throw new InvalidDataException($"{char.ToUpperInvariant(what[0])}{what[1..]} ends {size - Remaining} bytes early.");
        }

        var span = _content.Slice(_position, size);
        _position += size;
        return span;
    }

    private readonly string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return SidecarWriter.Utf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"A string in {what} is not UTF-8.", ex);
        }
    }

    private readonly int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        try
        {
            return SidecarWriter.Utf8.GetChars(bytes, chars);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"A string in {what} is not UTF-8.", ex);
        }
    }
}
