namespace Tidewater.App.Batch;

/// <summary>A window segment as the planner sees it.</summary>
/// <param name="Name">Blob name.</param>
/// <param name="Length">Bytes (fixed once the window is sealed).</param>
/// <param name="Items">Records, when the segment was closed with a count; null otherwise.</param>
/// <param name="Sha256">Content hash from the close metadata, when known.</param>
/// <remarks>WARNING: part of the batch plan stored for in-flight orchestrations; add fields, never rename.</remarks>
public sealed record SegmentInfo(string Name, long Length, long? Items, string? Sha256);
