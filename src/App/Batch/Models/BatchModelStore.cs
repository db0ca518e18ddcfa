using System.Text.Json;
using Azure;
using Microsoft.Extensions.Options;
using Tidewater.App.Configuration;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Batch;

/// <summary>
/// Model versions, their baseline shards and the current-version pointer, as the batch reads them: versions are
/// immutable, so they are cached by version; shards through a least-recently-used cache of
/// <see cref="ScoringOptions.BaselineCacheShards"/> shards of the batch's own (it must not evict the real-time path's).
/// Concurrent chunks asking for the same shard share one load.
/// </summary>
public sealed class BatchModelStore(BatchStorage storage, IOptions<ScoringOptions> options)
{
    private const int ModelCapacity = 32;
    private readonly int _shardCapacity = options.Value.BaselineCacheShards;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, RiskModel> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Version, int Shard), LinkedListNode<(string Version, int Shard, Task<BaselineShard> Value)>> _shards = [];
    private readonly LinkedList<(string Version, int Shard, Task<BaselineShard> Value)> _recency = new();

    /// <summary>The model <paramref name="version"/>; <c>v0</c> is the shipped default unless a blob says otherwise.</summary>
    /// <exception cref="InvalidOperationException">No such version.</exception>
    /// <exception cref="JsonException">The stored model is invalid.</exception>
    public async Task<RiskModel> GetAsync(string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        lock (_gate)
        {
            if (_models.TryGetValue(version, out var cached))
            {
                return cached;
            }
        }

        var blob = await storage.Models.GetBlobClient(ModelLayout.ModelBlob(version)).DownloadIfExistsAsync(cancellationToken);
        var model = blob is not null ? RiskModelJson.Deserialize(blob.Content.ToMemory().Span)
            : version == RiskModel.Default.Version ? RiskModel.Default
            : throw new InvalidOperationException($"Model version {version} does not exist.");
        lock (_gate)
        {
            if (_models.Count >= ModelCapacity)
            {
                _models.Clear();
            }

            _models[version] = model;
        }

        return model;
    }

    /// <summary>True when <c>versions/{version}/model.json</c> exists (the last blob a refresh writes).</summary>
    public async Task<bool> IsPublishedAsync(string version, CancellationToken cancellationToken) =>
        await storage.Models.GetBlobClient(ModelLayout.ModelBlob(version)).DownloadIfExistsAsync(cancellationToken) is not null;

    /// <summary>The current-version pointer and its ETag, or nulls when there is none (the default <c>v0</c> is current).</summary>
    public async Task<(ModelPointer? Pointer, ETag? ETag)> ReadPointerAsync(CancellationToken cancellationToken)
    {
        var blob = await storage.Models.GetBlobClient(ModelLayout.CurrentPointer).DownloadIfExistsAsync(cancellationToken);
        if (blob is null)
        {
            return (null, null);
        }

        var pointer = JsonSerializer.Deserialize(blob.Content.ToMemory().Span, AppJsonContext.Default.ModelPointer)
            ?? throw new InvalidDataException("The current-model pointer is empty.");
        return (pointer, blob.Details.ETag);
    }

    /// <summary>
    /// Switches the current-version pointer to <paramref name="pointer"/> if it is still as read (<paramref name="read"/>
    /// is its ETag, or null when there was none).
    /// </summary>
    /// <returns>False when another writer moved the pointer since it was read.</returns>
    public async Task<bool> TryWritePointerAsync(ModelPointer pointer, ETag? read, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.SerializeToUtf8Bytes(pointer, AppJsonContext.Default.ModelPointer);
        var conditions = BlobWrites.IfUnchanged(read);
        try
        {
            await storage.Models.GetBlobClient(ModelLayout.CurrentPointer).UploadContentAsync(new BinaryData(content), "application/json", conditions, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (BlobWrites.IsConditionFailure(ex))
        {
            return false;
        }
    }

    /// <summary>The baselines of shard <paramref name="shard"/> of <paramref name="model"/>; empty for a model without windows or a missing shard.</summary>
    public async Task<BaselineShard> GetShardAsync(RiskModel model, int shard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.IncludedWindows.Count == 0)
        {
            return BaselineShard.Empty; // as the real-time path: a model that merged no window has no baselines
        }

        Task<BaselineShard> load;
        lock (_gate)
        {
            if (_shards.TryGetValue((model.Version, shard), out var node) && !node.Value.Value.IsFaulted && !node.Value.Value.IsCanceled)
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                load = node.Value.Value;
            }
            else
            {
                if (node is not null)
                {
                    _recency.Remove(node); // a failed load is loaded again
                }

                load = LoadShardAsync(model.Version, shard);
                _shards[(model.Version, shard)] = _recency.AddFirst((model.Version, shard, load));
                while (_shards.Count > _shardCapacity && _recency.Last is { } oldest)
                {
                    _recency.RemoveLast();
                    _shards.Remove((oldest.Value.Version, oldest.Value.Shard));
                }
            }
        }

        try
        {
            return await load.WaitAsync(cancellationToken);
        }
        catch (Exception) when (load.IsFaulted || load.IsCanceled)
        {
            Forget(model.Version, shard, load); // a failed load is not cached: the next caller (or retry) loads again
            throw;
        }
    }

    private async Task<BaselineShard> LoadShardAsync(string version, int shard)
    {
        await Task.Yield(); // load outside the lock
        var blob = await storage.Models.GetBlobClient(ModelLayout.ShardBlob(version, shard)).DownloadIfExistsAsync();
        return blob is null ? BaselineShard.Empty : BaselineShardJson.Deserialize(blob.Content.ToMemory().Span);
    }

    private void Forget(string version, int shard, Task<BaselineShard> load)
    {
        lock (_gate)
        {
            if (_shards.TryGetValue((version, shard), out var node) && node.Value.Value == load)
            {
                _recency.Remove(node);
                _shards.Remove((version, shard));
            }
        }
    }
}
