namespace Tidewater.App.Batch;

/// <summary>A failed chunk in a report.</summary>
/// <param name="Chunk">The chunk.</param>
/// <param name="Pass">The pass it failed in.</param>
/// <param name="Reason">Why.</param>
public sealed record ReportFailure(int Chunk, string Pass, string Reason);
