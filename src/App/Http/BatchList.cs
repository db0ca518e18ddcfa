using Tidewater.App.Management;

namespace Tidewater.App.Http;

/// <summary>The answer of <c>GET /api/batches</c>.</summary>
/// <param name="Batches">The matching batches, newest first.</param>
public sealed record BatchList(IReadOnlyList<BatchStatus> Batches);
