namespace Tidewater.App.Telemetry;

/// <summary>Histogram bucket boundaries (advice to the SDK; an exporter's view may override them).</summary>
internal static class HistogramBuckets
{
    /// <summary>
    /// Seconds, from 0.5 ms to 10 s: the real-time path answers in milliseconds and an append takes a few, so the
    /// SDK's default boundaries (0, 5, 10, 25... in the unit) would put nearly everything in the first bucket.
    /// The same boundaries as ASP.NET Core's <c>http.server.request.duration</c>, plus a finer low end.
    /// </summary>
    public static readonly IReadOnlyList<double> Seconds =
        [0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    /// <summary>Seconds for whole batches: 1 s to 2 h.</summary>
    public static readonly IReadOnlyList<double> BatchSeconds =
        [1, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200];

    /// <summary>Calls per group commit: 1 to 1,024.</summary>
    public static readonly IReadOnlyList<long> GroupSizes = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
}
