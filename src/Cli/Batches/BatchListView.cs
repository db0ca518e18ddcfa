namespace Tidewater.Cli.Batches;

/// <summary>The body of <c>GET /api/batches</c>: batches, newest first.</summary>
public sealed record BatchListView(IReadOnlyList<BatchStatusView> Batches);
