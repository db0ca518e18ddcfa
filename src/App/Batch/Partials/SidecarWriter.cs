using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Tidewater.App.Batch;

/// <summary>
/// Appends the batch's binary sidecar fields to one growing buffer rented from the shared pool; <see cref="Dispose"/>
/// returns it. Fixed-size numbers are little-endian (doubles by their bits, so they round-trip exactly); counts and
/// string lengths are 7-bit encoded; strings are strict UTF-8 (<see cref="SidecarReader"/> reads them back).
/// </summary>
internal sealed class SidecarWriter(int capacity) : IDisposable
{
    /// <summary>UTF-8 that throws on invalid text instead of replacing it, so an id never changes on the way.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 256));

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    public void Byte(byte value) => Reserve(1)[0] = value;

    public void Int32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(sizeof(int)), value);

    public void Int64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(sizeof(long)), value);

    public void Double(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Reserve(sizeof(double)), value);

    public void Varint(int value)
    {
        uint rest = (uint)value;
        for (; rest >= 0x80; rest >>= 7)
        {
            Byte((byte)(rest | 0x80));
        }

        Byte((byte)rest);
    }

    public void String(string value)
    {
        int bytes = Utf8.GetByteCount(value);
        Varint(bytes);
        Utf8.GetBytes(value, Reserve(bytes));
    }

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, Length).ToArray();

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Takes the next <paramref name="size"/> bytes, growing the buffer when they do not fit.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - Length < size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + size));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(Length, size);
        Length += size;
        return span;
    }
}
