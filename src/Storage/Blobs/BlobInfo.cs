using Azure;

namespace Tidewater.Storage;

/// <summary>The state of a blob after a write.</summary>
/// <param name="ETag">The new ETag.</param>
/// <param name="LastModified">When the blob changed.</param>
public sealed record BlobInfo(ETag ETag, DateTimeOffset LastModified);
