namespace Tidewater.App.Batch;

/// <summary>The output of <see cref="BatchReportActivity"/>.</summary>
/// <param name="JsonBlob">The JSON report (<c>reports/{instanceId}.json</c>).</param>
/// <param name="HtmlBlob">The HTML page (<c>reports/{instanceId}.html</c>).</param>
/// <param name="Checksum">SHA-256 (hex) over the deterministic findings: same window, same model version, same checksum.</param>
/// <remarks>WARNING: orchestration output shape; add fields, never rename.</remarks>
public sealed record BatchReportResult(string JsonBlob, string HtmlBlob, string Checksum);
