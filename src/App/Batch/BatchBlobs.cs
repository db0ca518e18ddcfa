using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Storage;

namespace Tidewater.App.Batch;

/// <summary>Reading and writing the batch's blobs: JSON documents and create-only writes.</summary>
internal static class BatchBlobs
{
    /// <summary>Creates the blob unless it exists; true when this call created it.</summary>
    /// <remarks>Batch outputs are named by what determines them, so an existing blob already holds the same result.</remarks>
    public static async Task<bool> UploadIfAbsentAsync(BlobContainerClient container, string name, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(name).UploadContentAsync(new BinaryData(content), conditions: BlobWrites.IfNotExists(), cancellationToken: cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (BlobWrites.IsConditionFailure(ex))
        {
            return false;
        }
    }

    /// <summary>Creates or replaces the blob.</summary>
    public static Task<BlobContentInfo> UploadAsync(BlobContainerClient container, string name, byte[] content, CancellationToken cancellationToken, string? contentType = null) =>
        container.GetBlobClient(name).UploadContentAsync(new BinaryData(content), contentType, cancellationToken: cancellationToken);

    /// <summary>The document, or null when the blob does not exist.</summary>
    /// <exception cref="InvalidDataException">The blob is not such a document.</exception>
    public static async Task<T?> ReadIfExistsAsync<T>(BlobContainerClient container, string name, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var blob = await container.GetBlobClient(name).DownloadIfExistsAsync(cancellationToken);
        return blob is null ? null : Deserialize(blob.Content.ToMemory().Span, type, name);
    }

    /// <summary>The document.</summary>
    /// <exception cref="RequestFailedException">The blob does not exist (<c>BlobNotFound</c>), or storage failed.</exception>
    /// <exception cref="InvalidDataException">The blob is not such a document.</exception>
    public static async Task<T> ReadAsync<T>(BlobContainerClient container, string name, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var blob = await container.GetBlobClient(name).DownloadExactAsync(cancellationToken: cancellationToken);
        return Deserialize(blob.Content.ToMemory().Span, type, name);
    }

    public static T Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> type, string name)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException($"Blob {name} holds null.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Blob {name} is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }
}
