using Azure;

namespace Tidewater.Storage;

/// <summary>A blob's properties and metadata.</summary>
/// <param name="ETag">The blob's ETag.</param>
/// <param name="ContentLength">The size in bytes.</param>
/// <param name="LastModified">When the blob last changed.</param>
/// <param name="Metadata">The metadata (case-insensitive names).</param>
/// <param name="BlobType"><c>BlockBlob</c>, <c>AppendBlob</c> or <c>PageBlob</c>.</param>
/// <param name="CommittedBlockCount">For append blobs, the number of committed blocks; else null.</param>
public sealed record BlobProperties(
    ETag ETag,
    long ContentLength,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata,
    string BlobType,
    int? CommittedBlockCount)
{
    /// <summary>The blob's content type, if set.</summary>
    public string? ContentType { get; init; }

    /// <summary>The lease state: <c>available</c>, <c>leased</c>, <c>expired</c>, <c>breaking</c> or <c>broken</c>.</summary>
    public string? LeaseState { get; init; }
}
