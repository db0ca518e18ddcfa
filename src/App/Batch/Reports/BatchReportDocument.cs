namespace Tidewater.App.Batch;

/// <summary>A batch report (<c>reports/{instanceId}.json</c>).</summary>
/// <param name="Schema">The report schema, 1.</param>
/// <param name="Checksum">SHA-256 (hex) of the canonical JSON of <paramref name="Findings"/>.</param>
/// <param name="Findings">The deterministic part.</param>
/// <param name="Run">The part about this run.</param>
/// <remarks>WARNING: stored and read by operators' tools; add fields, never rename.</remarks>
public sealed record BatchReportDocument(int Schema, string Checksum, ReportFindings Findings, ReportRun Run);
