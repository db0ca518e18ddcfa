using Azure;

namespace Tidewater.Storage;

/// <summary>The result of appending a block.</summary>
/// <param name="ETag">The blob's new ETag.</param>
/// <param name="AppendOffset">The offset at which the block was written.</param>
/// <param name="CommittedBlockCount">The number of committed blocks, this one included.</param>
public sealed record AppendResult(ETag ETag, long AppendOffset, int CommittedBlockCount);
