namespace Tidewater.Cli.Batches;

/// <summary>The body of a 202 from <c>POST /api/batches</c>: the links of every batch started (or found).</summary>
public sealed record StartedBatchesView(IReadOnlyList<BatchLinksView> Batches);
