using System.ComponentModel.DataAnnotations;

namespace Tidewater.App.Configuration;

/// <summary>How accepted events are accumulated into time windows (settings under <c>Tidewater:</c>).</summary>
public sealed class AccumulationOptions
{
    /// <summary>Blob container holding the window segments. The default is <c>tw-events</c>.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string EventsContainer { get; set; } = "tw-events";

    /// <summary>Window length in minutes; must divide a day. The default is 60.</summary>
    [Range(1, 1440), DivisorOf(1440)]
    public int WindowMinutes { get; set; } = 60;

    /// <summary>Seconds after a window's end before it counts as sealed. The default is 300.</summary>
    [Range(0, 86_400)]
    public int SealGraceSeconds { get; set; } = 300;

    /// <summary>A segment rolls over once it holds this many bytes. The default is 64 MiB.</summary>
    [Range(1_048_576, 4_294_967_296)]
    public long SegmentMaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>A segment rolls over after this many appended blocks (the service limit is 50,000). The default is 40,000.</summary>
    [Range(1, 49_000)]
    public int SegmentMaxBlocks { get; set; } = 40_000;

    /// <summary>
    /// Under load (the previous group commit carried at least <see cref="Accumulation.AccumulationWriter.LingerAfterCallers"/>
    /// callers), how long the next group commit waits to gather more before appending, in milliseconds; fewer,
    /// larger appends cost fewer storage transactions. At low load nothing waits. The default is 0 (off): timer
    /// granularity makes even 1-2 ms cost throughput when callers wait for their answer (bench/results/ingest-knobs.md).
    /// </summary>
    [Range(0, 50)]
    public int GroupCommitLingerMilliseconds { get; set; }

    /// <summary>
    /// Readable prefix of this writer's id in segment names; a random suffix per process start is always added, so a
    /// restarted host never appends to a segment it may have left half-known. The default (empty) is the machine name.
    /// </summary>
    [RegularExpression("^[a-z0-9-]{0,40}$")]
    public string? WriterId { get; set; }

    /// <summary>The window length.</summary>
    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    /// <summary>The seal grace period.</summary>
    public TimeSpan SealGrace => TimeSpan.FromSeconds(SealGraceSeconds);
}
