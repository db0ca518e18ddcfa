namespace Tidewater.App.Batch;

/// <summary>The stored real-time latencies (receipt to decision, wall time) of the counted events, in microseconds.</summary>
/// <param name="Count">Events.</param>
/// <param name="MeanMicros">Mean.</param>
/// <param name="P50Micros">Median (upper bound of its histogram bin, within about 12%).</param>
/// <param name="P90Micros">90th percentile (as above).</param>
/// <param name="P99Micros">99th percentile (as above).</param>
public sealed record LatencySummary(long Count, double MeanMicros, long P50Micros, long P90Micros, long P99Micros);
