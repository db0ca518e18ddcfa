using Azure;

namespace Tidewater.Storage;

/// <summary>A downloaded blob: its content and properties.</summary>
/// <param name="Content">The whole content.</param>
/// <param name="ETag">The ETag of the downloaded version.</param>
/// <param name="LastModified">When the blob last changed.</param>
/// <param name="Metadata">The metadata (case-insensitive names).</param>
/// <param name="BlobType"><c>BlockBlob</c>, <c>AppendBlob</c> or <c>PageBlob</c>.</param>
public sealed record BlobDownloadResult(
    BinaryData Content,
    ETag ETag,
    DateTimeOffset LastModified,
    IReadOnlyDictionary<string, string> Metadata,
    string BlobType)
{
    /// <summary>The blob's content type, if set.</summary>
    public string? ContentType { get; init; }
}
