namespace Tidewater.App.Batch;

/// <summary>
/// The immutable documents every chunk activity of a pass reads (the plan, the skip list), kept for the few batches
/// running at once so a pass of hundreds of chunks reads each once per process.
/// </summary>
public sealed class BatchDocuments(BatchStorage storage)
{
    private const int Capacity = 16;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _cache = new(StringComparer.Ordinal);

    /// <summary>The plan <paramref name="planId"/> of <paramref name="windowId"/>.</summary>
    public Task<BatchPlanDocument> GetPlanAsync(string windowId, string planId, CancellationToken cancellationToken) =>
        GetAsync(BatchLayout.Plan(windowId, planId), name => BatchBlobs.ReadAsync(storage.Batch, name, BatchJsonContext.Default.BatchPlanDocument, cancellationToken));

    /// <summary>The ordinals chunk <paramref name="chunk"/> skips under the skip list of <paramref name="work"/>.</summary>
    public async Task<IReadOnlySet<int>> GetSkipsAsync(ChunkWork work, int chunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.DedupeId is null)
        {
            return new HashSet<int>();
        }

        var skips = await GetAsync(
            BatchLayout.Skips(work.WindowId, work.PlanId, work.DedupeId),
            name => BatchBlobs.ReadAsync(storage.Batch, name, BatchJsonContext.Default.SkipListDocument, cancellationToken));
        return skips.Chunks.FirstOrDefault(c => c.Chunk == chunk)?.Ordinals.ToHashSet() ?? [];
    }

    private async Task<T> GetAsync<T>(string name, Func<string, Task<T>> load)
        where T : class
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(name, out var cached))
            {
                return (T)cached;
            }
        }

        var loaded = await load(name);
        lock (_gate)
        {
            if (_cache.Count >= Capacity)
            {
                _cache.Clear();
            }

            _cache[name] = loaded;
        }

        return loaded;
    }
}
