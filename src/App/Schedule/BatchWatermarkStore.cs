using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Tidewater.App.Storage;

namespace Tidewater.App.Schedule;

/// <summary>Reads and moves the <see cref="BatchWatermark"/>, ETag-guarded so two runs never overwrite each other's progress blindly.</summary>
public sealed class BatchWatermarkStore(ScheduleStore store)
{
    /// <summary>The watermark's blob in the schedule container.</summary>
    public const string BlobName = "batch-watermark.json";

    private BlobClient Blob => store.Container.GetBlobClient(BlobName);

    /// <summary>The watermark and its ETag; null when none was written yet (or it is unreadable, so the next write replaces it).</summary>
    /// <exception cref="RequestFailedException">Storage failed.</exception>
    public async Task<(BatchWatermark? Watermark, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        await store.EnsureCreatedAsync(cancellationToken);
        if (await Blob.DownloadIfExistsAsync(cancellationToken) is not { } download)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(download.Content.ToMemory().Span, ScheduleJsonContext.Default.BatchWatermark), download.Details.ETag);
        }
        catch (JsonException)
        {
            return (null, download.Details.ETag);
        }
    }

    /// <summary>Writes <paramref name="watermark"/> if the blob is still at <paramref name="expected"/> (null: still absent).</summary>
    /// <returns>False when another writer changed it first.</returns>
    /// <exception cref="RequestFailedException">Storage failed for another reason.</exception>
    public async Task<bool> TryWriteAsync(BatchWatermark watermark, ETag? expected, CancellationToken cancellationToken)
    {
        var conditions = BlobWrites.IfUnchanged(expected);
        var content = new BinaryData(JsonSerializer.SerializeToUtf8Bytes(watermark, ScheduleJsonContext.Default.BatchWatermark));
        try
        {
            await Blob.UploadContentAsync(content, "application/json", conditions, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (BlobWrites.IsConditionFailure(ex))
        {
            return false;
        }
    }
}
