using Tidewater.App.Management;

namespace Tidewater.App.Http;

/// <summary>The 202 answer of <c>POST /api/batches</c>: the links of every batch started (or already there) in the range.</summary>
/// <param name="Batches">One entry per sealed window, oldest first.</param>
public sealed record StartedBatches(IReadOnlyList<BatchStatusLinks> Batches);
