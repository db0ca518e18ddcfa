using System.Collections.Concurrent;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Reporting;

/// <summary>Thread-safe counters and latency samples of one run.</summary>
public sealed class RunStatistics(long requestCapacity)
{
    private const int MaxDetails = 5;
    private readonly ConcurrentDictionary<string, int> _details = new(StringComparer.Ordinal);
    private long _requests, _rejectedRequests, _failedRequests;
    private long _events, _accepted, _rejected, _failed;
    private long _approve, _review, _decline, _duplicate;

    /// <summary>Gets latency from each request's scheduled send time (open loop) or actual send (as fast as possible) to its answer.</summary>
    public LatencyRecorder Latency { get; } = new(requestCapacity);

    /// <summary>Gets latency from when each request actually left to its answer (service time, for comparison).</summary>
    public LatencyRecorder ServiceTime { get; } = new(requestCapacity);

    /// <summary>Gets how late each request left compared with its scheduled time (client-side lag).</summary>
    public LatencyRecorder DispatchLag { get; } = new(requestCapacity);

    /// <summary>Records one finished request.</summary>
    public void Record(long index, int events, SendOutcome outcome, long latencyMicros, long serviceMicros, long lagMicros)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Add(ref _events, events);
        switch (outcome.Status)
        {
            case SendStatus.Accepted:
                Interlocked.Add(ref _accepted, events);
                Interlocked.Add(ref _approve, outcome.Decisions.Approve);
                Interlocked.Add(ref _review, outcome.Decisions.Review);
                Interlocked.Add(ref _decline, outcome.Decisions.Decline);
                Interlocked.Add(ref _duplicate, outcome.Decisions.Duplicate);
                break;
            case SendStatus.Rejected:
                Interlocked.Increment(ref _rejectedRequests);
                Interlocked.Add(ref _rejected, events);
                break;
            default:
                Interlocked.Increment(ref _failedRequests);
                Interlocked.Add(ref _failed, events);
                break;
        }

        if (outcome.Detail is { } detail && (_details.Count < MaxDetails || _details.ContainsKey(detail)))
        {
            _details.AddOrUpdate(detail, 1, (_, n) => n + 1);
        }

        if (outcome.StatusCode > 0 || outcome.Status == SendStatus.Accepted)
        {
            // A transport failure has no meaningful latency; every answer has one, error answers included.
            Latency.Record(index, latencyMicros);
            ServiceTime.Record(index, serviceMicros);
        }

        DispatchLag.Record(index, lagMicros);
    }

    /// <summary>Gets the counters so far.</summary>
    public RunCounts Counts => new(
        Interlocked.Read(ref _requests), Interlocked.Read(ref _rejectedRequests), Interlocked.Read(ref _failedRequests),
        Interlocked.Read(ref _events), Interlocked.Read(ref _accepted), Interlocked.Read(ref _rejected), Interlocked.Read(ref _failed),
        new DecisionCounts(Interlocked.Read(ref _approve), Interlocked.Read(ref _review), Interlocked.Read(ref _decline), Interlocked.Read(ref _duplicate)));

    /// <summary>Gets up to five distinct rejection or failure details and how often each occurred.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Details => [.. _details.OrderByDescending(d => d.Value)];
}
