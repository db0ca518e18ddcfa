using System.Collections.Concurrent;
using System.Diagnostics;
using Tidewater.App.Telemetry;

namespace Tidewater.Testing;

/// <summary>
/// Samples and records every finished span of the Tidewater source (and of <see cref="TestSource"/>, for a parent the
/// test starts itself). Listeners are process-wide: filter what you read by trace id.
/// </summary>
public sealed class SpanCapture : IDisposable
{
    /// <summary>A source for the spans a test starts as parents of the code under test.</summary>
    public static readonly ActivitySource TestSource = new("Tidewater.Tests");

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public SpanCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is TidewaterTelemetry.SourceName or "Tidewater.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The finished Tidewater spans of <paramref name="traceId"/>.</summary>
    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId) =>
        [.. _spans.Where(s => s.TraceId == traceId && s.Source.Name == TidewaterTelemetry.SourceName)];

    /// <summary>Every finished Tidewater span so far.</summary>
    public IReadOnlyList<Activity> All => [.. _spans.Where(s => s.Source.Name == TidewaterTelemetry.SourceName)];

    public void Dispose() => _listener.Dispose();
}
