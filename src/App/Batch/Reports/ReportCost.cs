namespace Tidewater.App.Batch;

/// <summary>Cost per path.</summary>
/// <param name="RealtimeMicrosPerEvent">Mean stored real-time latency: wall time from receipt to decision, the real-time cost proxy (it includes any waiting).</param>
/// <param name="BatchCpuMicros">Time in the CPU-bound part of the stats and score passes (storage I/O excluded).</param>
/// <param name="BatchCpuMicrosPerEvent"><paramref name="BatchCpuMicros"/> per counted event.</param>
/// <param name="Note">How to read these numbers.</param>
public sealed record ReportCost(double RealtimeMicrosPerEvent, long BatchCpuMicros, double BatchCpuMicrosPerEvent, string Note);
