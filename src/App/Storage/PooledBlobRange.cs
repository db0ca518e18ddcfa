using System.Buffers;

namespace Tidewater.App.Storage;

/// <summary>
/// A blob range read into an array rented from an <see cref="ArrayPool{T}"/> (<see cref="BlobRangeReader"/>);
/// <see cref="Dispose"/> returns the array, after which <see cref="Content"/> must not be used.
/// </summary>
public sealed class PooledBlobRange : IDisposable
{
    private readonly int _length;
    private readonly ArrayPool<byte> _pool;
    private byte[]? _array;

    internal PooledBlobRange(byte[] array, int length, ArrayPool<byte> pool)
    {
        _array = array;
        _length = length;
        _pool = pool;
    }

    /// <summary>The bytes read.</summary>
    /// <exception cref="ObjectDisposedException">The range was disposed.</exception>
    public ReadOnlyMemory<byte> Content => _array is { } array
        ? array.AsMemory(0, _length)
        : throw new ObjectDisposedException(nameof(PooledBlobRange));

    /// <summary>Returns the array to its pool (once).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            _pool.Return(array);
        }
    }
}
