namespace Tidewater.App.Dashboard;

/// <summary>One minute of what this host's real-time path recorded (mutable; guarded by <see cref="RealtimeAggregator"/>'s lock).</summary>
internal sealed class MinuteBucket
{
    /// <summary>The minute held: whole minutes since the Unix epoch; -1 for none yet.</summary>
    public long Minute { get; private set; } = -1;

    public long AcceptedHttp { get; set; }

    public long AcceptedQueue { get; set; }

    public long Duplicates { get; set; }

    public long Rejected { get; set; }

    public long Failed { get; set; }

    public long Approve { get; set; }

    public long Review { get; set; }

    public long Decline { get; set; }

    public long Alerts { get; set; }

    /// <summary>Poisoned messages by reason.</summary>
    public Dictionary<string, long> Poisoned { get; } = new(StringComparer.Ordinal);

    /// <summary>Durations of accepted calls, per <see cref="LatencyBins"/>.</summary>
    public long[] Latency { get; } = new long[LatencyBins.Count];

    /// <summary>Empties the bucket to hold <paramref name="minute"/>.</summary>
    public void Reset(long minute)
    {
        Minute = minute;
        AcceptedHttp = AcceptedQueue = Duplicates = Rejected = Failed = Approve = Review = Decline = Alerts = 0;
        Poisoned.Clear();
        Array.Clear(Latency);
    }
}
