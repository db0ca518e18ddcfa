namespace Tidewater.Cli.Reporting;

/// <summary>Percentiles of a set of latencies, in microseconds.</summary>
/// <param name="Count">The number of samples.</param>
/// <param name="P50">The median.</param>
/// <param name="P90">The 90th percentile.</param>
/// <param name="P99">The 99th percentile.</param>
/// <param name="P999">The 99.9th percentile.</param>
/// <param name="Max">The largest sample.</param>
public sealed record LatencySummary(long Count, long P50, long P90, long P99, long P999, long Max);
