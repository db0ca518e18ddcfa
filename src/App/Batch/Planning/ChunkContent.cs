using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>A chunk's owned lines (<see cref="ChunkReader"/>), possibly in a rented array that <see cref="Dispose"/> returns.</summary>
public sealed class ChunkContent : IDisposable
{
    private readonly PooledBlobRange? _download;

    internal ChunkContent(ReadOnlyMemory<byte> lines, PooledBlobRange? download)
    {
        Lines = lines;
        _download = download;
    }

    /// <summary>The lines, each ending in '\n'; not to be used after <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Lines { get; }

    /// <summary>Returns the rented array, if any.</summary>
    public void Dispose() => _download?.Dispose();
}
