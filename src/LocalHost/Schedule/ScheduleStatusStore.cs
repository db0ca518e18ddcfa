using System.Text.Json;
using Azure;
using Tidewater.App.Schedule;
using Tidewater.Storage;

namespace Tidewater.LocalHost.Schedule;

/// <summary>
/// One timer's status blob, <c>timers/{timer}/status.json</c> in the schedule container. Every write is
/// ETag-conditional, so of two writers starting from the same version only one succeeds: that is how an occurrence is
/// claimed exactly once.
/// </summary>
public sealed class ScheduleStatusStore(ScheduleStore store, string timerName)
{
    /// <summary>The status blob's name.</summary>
    public string BlobName { get; } = $"timers/{timerName}/status.json";

    private BlockBlobClient Blob => store.Container.GetBlockBlobClient(BlobName);

    /// <summary>The status and its ETag; a null status when there is none yet, or it is unreadable (the next write replaces it).</summary>
    /// <exception cref="RequestFailedException">Storage failed.</exception>
    public async Task<(ScheduleStatus? Status, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        if (await Blob.DownloadIfExistsAsync(cancellationToken: cancellationToken) is not { } download)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(download.Content.ToMemory().Span, ScheduleStatusJsonContext.Default.ScheduleStatus), download.ETag);
        }
        catch (JsonException)
        {
            return (null, download.ETag);
        }
    }

    /// <summary>Writes <paramref name="status"/> if the blob is still at <paramref name="expected"/> (null: still absent).</summary>
    /// <returns>The new ETag, or null when another writer changed the blob first.</returns>
    /// <exception cref="RequestFailedException">Storage failed for another reason.</exception>
    public async Task<ETag?> TryWriteAsync(ScheduleStatus status, ETag? expected, CancellationToken cancellationToken)
    {
        var conditions = expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : BlobRequestConditions.IfNotExists();
        var content = new BinaryData(JsonSerializer.SerializeToUtf8Bytes(status, ScheduleStatusJsonContext.Default.ScheduleStatus));
        try
        {
            var written = await Blob.UploadAsync(content, conditions, contentType: "application/json", cancellationToken: cancellationToken);
            return written.ETag;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode is StorageErrors.ConditionNotMet or StorageErrors.BlobAlreadyExists)
        {
            return null;
        }
    }
}
