using Azure;

namespace Tidewater.Storage;

/// <summary>A blob as listed by <see cref="BlobContainerClient.ListBlobsAsync"/>.</summary>
/// <param name="Name">The blob name.</param>
/// <param name="ETag">The blob's ETag.</param>
/// <param name="ContentLength">The size in bytes.</param>
/// <param name="LastModified">When the blob last changed.</param>
/// <param name="BlobType"><c>BlockBlob</c>, <c>AppendBlob</c> or <c>PageBlob</c>.</param>
/// <param name="Metadata">The metadata when requested, else empty.</param>
public sealed record BlobItem(
    string Name,
    ETag ETag,
    long ContentLength,
    DateTimeOffset LastModified,
    string BlobType,
    IReadOnlyDictionary<string, string> Metadata);
