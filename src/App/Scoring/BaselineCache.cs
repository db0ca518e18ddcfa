using Azure;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Scoring;

/// <summary>
/// Loads baseline shards lazily and keeps the most recently used ones, up to
/// <see cref="ScoringOptions.BaselineCacheShards"/>, so a million accounts never have to fit in memory.
/// </summary>
/// <remarks>
/// Concurrent misses for one shard share a single load; a failed load is not cached. A model that has merged no
/// window (such as the shipped v0) has no baselines, so it never touches storage.
/// </remarks>
public sealed class BaselineCache(BlobContainerClient models, IOptions<ScoringOptions> options)
{
    private readonly int _capacity = options.Value.BaselineCacheShards;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Version, int Shard), LinkedListNode<CacheEntry>> _entries = [];
    private readonly LinkedList<CacheEntry> _recency = new();

    /// <summary>Shards currently held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The baseline of <paramref name="accountId"/> under <paramref name="model"/>, or null for an unknown account.</summary>
    /// <exception cref="StorageUnavailableException">The shard could not be loaded.</exception>
    public async ValueTask<AccountBaseline?> GetAsync(RiskModel model, string accountId, CancellationToken cancellationToken)
    {
        if (model.BaselineShardCount == 0 || model.IncludedWindows.Count == 0)
        {
            return null;
        }

        int shard = BaselineShard.IndexOf(accountId, model.BaselineShardCount);
        var load = GetOrStartLoad(model.Version, shard);
        BaselineShard loaded;
        if (load.IsCompletedSuccessfully)
        {
            loaded = load.Result;
        }
        else
        {
            try
            {
                loaded = await load.WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or IOException)
            {
                Evict(model.Version, shard, load);
                throw new StorageUnavailableException("A baseline shard could not be loaded.", ex);
            }
            catch when (load.IsFaulted)
            {
                // A corrupt shard is a server fault: surface it as is, but try the load again next time.
                Evict(model.Version, shard, load);
                throw;
            }
        }

        return loaded.Accounts.TryGetValue(accountId, out var baseline) ? baseline : null;
    }

    private Task<BaselineShard> GetOrStartLoad(string version, int shard)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((version, shard), out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                return node.Value.Load;
            }

            var entry = new CacheEntry(version, shard, LoadAsync(version, shard));
            _entries[(version, shard)] = _recency.AddFirst(entry);
            while (_entries.Count > _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove((oldest.Value.Version, oldest.Value.Shard));
            }

            return entry.Load;
        }
    }

    private void Evict(string version, int shard, Task<BaselineShard> failed)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue((version, shard), out var node) && node.Value.Load == failed)
            {
                _recency.Remove(node);
                _entries.Remove((version, shard));
            }
        }
    }

    private async Task<BaselineShard> LoadAsync(string version, int shard)
    {
        var blob = await models.GetBlobClient(ModelLayout.ShardBlob(version, shard)).DownloadIfExistsAsync();
        return blob is null ? BaselineShard.Empty : BaselineShardJson.Deserialize(blob.Content.ToMemory().Span);
    }

    private sealed record CacheEntry(string Version, int Shard, Task<BaselineShard> Load);
}
