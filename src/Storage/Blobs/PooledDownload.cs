using System.Buffers;

namespace Tidewater.Storage;

/// <summary>
/// A body downloaded into an array rented from an <see cref="ArrayPool{T}"/>; <see cref="Dispose"/> returns the array,
/// after which <see cref="Content"/> must not be used.
/// </summary>
public sealed class PooledDownload : IDisposable
{
    private byte[]? _array;
    private readonly int _length;
    private readonly ArrayPool<byte>? _pool;

    internal PooledDownload(byte[] array, int length, ArrayPool<byte>? pool)
    {
        _array = array;
        _length = length;
        _pool = pool;
    }

    /// <summary>The body.</summary>
    /// <exception cref="ObjectDisposedException">The download was disposed.</exception>
    public ReadOnlyMemory<byte> Content => _array is { } array ? array.AsMemory(0, _length) : throw new ObjectDisposedException(nameof(PooledDownload));

    /// <summary>Returns the array to its pool (once).</summary>
    public void Dispose()
    {
        var array = Interlocked.Exchange(ref _array, null);
        if (array is not null)
        {
            _pool?.Return(array);
        }
    }
}
