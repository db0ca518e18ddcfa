using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// Who holds a task hub: a random host id plus the machine, process id and process start time, with the time of
/// the last heartbeat. Stored as the lock blob's metadata.
/// </summary>
internal sealed record HostIdentity(string HostId, string Machine, int ProcessId, long ProcessStartTicks, DateTimeOffset Heartbeat)
{
    private static readonly TimeSpan StartTimeTolerance = TimeSpan.FromSeconds(2);

    /// <summary>This process, with a new host id.</summary>
    public static HostIdentity ForThisProcess(DateTimeOffset heartbeat)
    {
        using var process = Process.GetCurrentProcess();
        return new HostIdentity(Guid.NewGuid().ToString(), MachineName(), Environment.ProcessId, StartTicks(process), heartbeat);
    }

    /// <summary>The owner recorded in <paramref name="metadata"/>, or null if none (or unreadable).</summary>
    public static HostIdentity? FromMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        if (metadata.TryGetValue("owner", out var owner) && metadata.TryGetValue("machine", out var machine)
            && metadata.TryGetValue("pid", out var pid) && int.TryParse(pid, CultureInfo.InvariantCulture, out var processId)
            && metadata.TryGetValue("pidstart", out var start) && long.TryParse(start, CultureInfo.InvariantCulture, out var startTicks)
            && metadata.TryGetValue("heartbeat", out var beat)
            && DateTimeOffset.TryParse(beat, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var heartbeat))
        {
            return new HostIdentity(owner, machine, processId, startTicks, heartbeat);
        }

        return null;
    }

    public Dictionary<string, string> ToMetadata() => new()
    {
        ["owner"] = HostId,
        ["machine"] = Machine,
        ["pid"] = ProcessId.ToString(CultureInfo.InvariantCulture),
        ["pidstart"] = ProcessStartTicks.ToString(CultureInfo.InvariantCulture),
        ["heartbeat"] = Heartbeat.ToString("O", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// True when this owner is certainly gone: its heartbeat is older than <paramref name="timeout"/> at
    /// <paramref name="now"/>, or it ran on this machine and its process no longer exists.
    /// </summary>
    public bool IsGone(DateTimeOffset now, TimeSpan timeout) =>
        now - Heartbeat > timeout || (Machine == MachineName() && !ProcessAlive());

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{HostId} (process {ProcessId} on {Machine}, heartbeat {Heartbeat:O})");

    private bool ProcessAlive()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return Math.Abs(StartTicks(process) - ProcessStartTicks) < StartTimeTolerance.Ticks; // else: the id was reused
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return true; // cannot tell: assume alive, never break a live lease
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks;

    private static string MachineName()
    {
        var builder = new StringBuilder();
        foreach (var c in Environment.MachineName)
        {
            builder.Append(c is >= ' ' and <= '~' ? c : '_');
        }

        return builder.ToString();
    }
}
