using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Tidewater.App.Schedule;
using Tidewater.App.Storage;

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

    private BlobClient Blob => store.Container.GetBlobClient(BlobName);

    /// <summary>The status and its ETag; a null status when there is none yet, or it is unreadable (the next write replaces it).</summary>
    /// <exception cref="RequestFailedException">Storage failed.</exception>
    public async Task<(ScheduleStatus? Status, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        if (await Blob.DownloadIfExistsAsync(cancellationToken) is not { } download)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(download.Content.ToMemory().Span, ScheduleStatusJsonContext.Default.ScheduleStatus), download.Details.ETag);
        }
        catch (JsonException)
        {
            return (null, download.Details.ETag);
        }
    }

    /// <summary>Writes <paramref name="status"/> if the blob is still at <paramref name="expected"/> (null: still absent).</summary>
    /// <returns>The new ETag, or null when another writer changed the blob first.</returns>
    /// <exception cref="RequestFailedException">Storage failed for another reason.</exception>
    public async Task<ETag?> TryWriteAsync(ScheduleStatus status, ETag? expected, CancellationToken cancellationToken)
    {
        var conditions = BlobWrites.IfUnchanged(expected);
        var content = new BinaryData(JsonSerializer.SerializeToUtf8Bytes(status, ScheduleStatusJsonContext.Default.ScheduleStatus));
        try
        {
            var written = await Blob.UploadContentAsync(content, "application/json", conditions, cancellationToken);
            return written.ETag;
        }
        catch (RequestFailedException ex) when (BlobWrites.IsConditionFailure(ex))
        {
            return null;
        }
    }
}
