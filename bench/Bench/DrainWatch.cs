using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues;

namespace Tidewater.Bench;

/// <summary>
/// Times a drain from outside: polls the approximate message count (it falls only on delete) every 100 ms, from the
/// first poll below the initial count to the first poll at zero, and the CPU seconds of the given processes in that
/// same interval (from /proc/&lt;pid&gt;/stat), so start-up work is left out of both.
/// </summary>
internal static class DrainWatch
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(QueueClient queue, int initial, string? pids, CancellationToken cancellationToken)
    {
        var processes = (pids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':')).Select(p => (Name: p[0], Pid: int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        var watchStart = Stopwatch.GetTimestamp();
        long? first = null;
        var atFirst = 0;
        double[] cpuAtFirst = [];
        var machineAtFirst = 0.0;
        while (true)
        {
            var count = (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            var now = Stopwatch.GetTimestamp();
            if (first is null && count < initial)
            {
                (first, atFirst, cpuAtFirst, machineAtFirst) = (now, count, [.. processes.Select(p => CpuSeconds(p.Pid))], MachineCpuSeconds());
            }

            if (count == 0 && first is not null)
            {
                var seconds = Stopwatch.GetElapsedTime(first.Value, now).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"messages={atFirst} seconds={seconds:0.000} rate={atFirst / seconds:0.0} deleted_before_first_poll={initial - atFirst} since_watch_start={Stopwatch.GetElapsedTime(watchStart, now).TotalSeconds:0.000}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cpu_machine={MachineCpuSeconds() - machineAtFirst:0.00}"));
                for (var i = 0; i < processes.Count; i++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"cpu_{processes[i].Name}={Format(CpuSeconds(processes[i].Pid) - cpuAtFirst[i])}"));
                }

                return;
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }

    private static string Format(double seconds) => double.IsNaN(seconds) ? "n/a" : seconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>CPU seconds of every process (user + system + waited-for children; /proc/&lt;pid&gt;/stat fields 14-17).</summary>
    /// <remarks>Per-process accounting is precise; the tick-sampled totals of /proc/stat undercount on some VMs.</remarks>
    private static double MachineCpuSeconds()
    {
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                for (var i = 11; i <= 14; i++)
                {
                    ticks += long.Parse(fields[i], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return ticks / 100.0;
    }

    /// <summary>User + system CPU seconds of a process (fields 14 and 15 of /proc/&lt;pid&gt;/stat, in clock ticks of 1/100 s).</summary>
    private static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }
}
