using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Persistence;

/// <summary>Reads, writes, lists and deletes the state blobs (and, on purge, the history) of a task hub's instances.</summary>
/// <remarks>
/// State blobs carry their status and times as metadata too, so listings filter without downloading every blob.
/// </remarks>
internal sealed class InstanceStore(BlobContainerClient container)
{
    private const string StatusKey = "status";
    private const string CreatedKey = "created";
    private const string CompletedKey = "completed";

    /// <summary>The task hub's container.</summary>
    public BlobContainerClient Container => container;

    /// <summary>The instance's state and ETag, or null if there is none.</summary>
    public Task<StoredInstance?> ReadAsync(string instanceId, CancellationToken cancellationToken) =>
        ReadBlobAsync(BlobLayout.StateBlob(instanceId), cancellationToken);

    /// <summary>The state stored in blob <paramref name="blobName"/>, or null if it is gone.</summary>
    public async Task<StoredInstance?> ReadBlobAsync(string blobName, CancellationToken cancellationToken)
    {
        var result = await container.GetBlockBlobClient(blobName).DownloadIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize(result.Content.ToMemory().Span, EngineJsonContext.Default.InstanceState)
            ?? throw new FormatException($"The state blob '{blobName}' is empty.");
        return new StoredInstance(state, result.ETag);
    }

    /// <summary>Writes <paramref name="state"/> under <paramref name="conditions"/> and returns the new ETag.</summary>
    /// <exception cref="RequestFailedException">E.g. <see cref="StorageErrors.ConditionNotMet"/> or <see cref="StorageErrors.BlobAlreadyExists"/>.</exception>
    public async Task<ETag> WriteAsync(InstanceState state, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(state, EngineJsonContext.Default.InstanceState));
        var metadata = new Dictionary<string, string>
        {
            [StatusKey] = state.Status.ToString(),
            [CreatedKey] = Ticks(state.CreatedAt),
        };
        if (state.CompletedAt is { } completed)
        {
            metadata[CompletedKey] = Ticks(completed);
        }

        var blob = container.GetBlockBlobClient(BlobLayout.StateBlob(state.InstanceId));
        var info = await blob.UploadAsync(content, conditions, metadata, "application/json", cancellationToken).ConfigureAwait(false);
        return info.ETag;
    }

    /// <summary>Lists the state blobs whose instance ids start with <paramref name="idPrefix"/>, with status and times from metadata.</summary>
    public async IAsyncEnumerable<StateListing> ListAsync(string? idPrefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in container.ListBlobsAsync(BlobLayout.StatePrefix(idPrefix), includeMetadata: true, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (item.Metadata.TryGetValue(StatusKey, out var status) && Enum.TryParse<OrchestrationRuntimeStatus>(status, out var parsed)
                && item.Metadata.TryGetValue(CreatedKey, out var created))
            {
                item.Metadata.TryGetValue(CompletedKey, out var completed);
                yield return new StateListing(item.Name, parsed, FromTicks(created), completed is null ? null : FromTicks(completed));
            }
        }
    }

    /// <summary>Deletes every history blob under <paramref name="prefix"/>.</summary>
    public async Task DeleteHistoryAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in container.ListBlobsAsync(prefix, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        foreach (var name in names)
        {
            await container.GetAppendBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the state blob if its ETag is still <paramref name="etag"/>; false if it changed or is gone.</summary>
    public async Task<bool> DeleteStateAsync(string instanceId, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            return await container.GetBlockBlobClient(BlobLayout.StateBlob(instanceId))
                .DeleteIfExistsAsync(new BlobRequestConditions { IfMatch = etag }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == StorageErrors.ConditionNotMet)
        {
            return false;
        }
    }

    private static string Ticks(DateTimeOffset value) => value.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset FromTicks(string value) =>
        new(long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture), TimeSpan.Zero);
}

/// <summary>An instance's state as read, with the ETag to write it back conditionally.</summary>
internal sealed record StoredInstance(InstanceState State, ETag ETag);

/// <summary>One state blob as listed: enough to filter by status and time without downloading it.</summary>
internal sealed record StateListing(string BlobName, OrchestrationRuntimeStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
