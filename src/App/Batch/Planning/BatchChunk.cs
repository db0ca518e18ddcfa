namespace Tidewater.App.Batch;

/// <summary>One unit of batch work: the lines of <paramref name="Segment"/> that start in [<paramref name="Start"/>, <paramref name="End"/>).</summary>
/// <param name="Index">Position in the plan; partials merge in this order.</param>
/// <param name="Segment">The segment's blob name.</param>
/// <param name="Start">First byte owned.</param>
/// <param name="End">First byte not owned.</param>
/// <param name="SegmentLength">The segment's length, so readers never ask past its end.</param>
/// <remarks>WARNING: part of the batch plan stored for in-flight orchestrations; add fields, never rename.</remarks>
public sealed record BatchChunk(int Index, string Segment, long Start, long End, long SegmentLength);
