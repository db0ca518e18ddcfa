using System.Diagnostics;

namespace Tidewater.EngineBench;

/// <summary>
/// The measurement: <c>instances</c> orchestrations at once, each <c>rounds</c> fan-outs of <c>width</c> no-op
/// activities fanned back in; then, for reference, one sequential chain (one checkpoint per activity).
/// </summary>
internal static class FanOutRun
{
    public static async Task RunAsync(Arguments arguments)
    {
        int instances = arguments.Int("instances", 4), rounds = arguments.Int("rounds", 10), width = arguments.Int("width", 2500);
        int chain = arguments.Int("chain", 1000);
        await using var bench = new BenchEngine(arguments.Required("connection"), "bench" + Guid.NewGuid().ToString("N")[..12],
            arguments.Int("activities", 8), arguments.Int("orchestrators", 4));
        await bench.Engine.StartAsync(CancellationToken.None);

        await FanOutAsync(bench, 1, 1, 1000); // warm-up: JIT, connections, container
        var (requests, appends, others) = (bench.Writes.Requests, bench.Writes.Appends, bench.Writes.OtherWrites);
        var (wall, cpu) = await FanOutAsync(bench, instances, rounds, width);
        var activities = (long)instances * rounds * width;
        appends = bench.Writes.Appends - appends;
        Print("activities", activities);
        Print("seconds", wall.TotalSeconds, "F3");
        Print("activities_per_s", activities / wall.TotalSeconds, "F0");
        Print("wall_us_per_activity", wall.TotalMicroseconds / activities, "F1");
        Print("engine_cpu_us_per_activity", cpu.TotalMicroseconds / activities, "F1");
        Print("storage_requests", bench.Writes.Requests - requests);
        Print("history_appends", appends);
        Print("other_writes", bench.Writes.OtherWrites - others);
        Print("activities_per_append", (double)activities / Math.Max(1, appends), "F1");

        var clock = Stopwatch.StartNew();
        var id = await bench.Client.ScheduleNewOrchestrationInstanceAsync("Chain", chain);
        await bench.WaitAsync(id, (long)chain * (chain - 1) / 2);
        Print("chain_activities_per_s", chain / clock.Elapsed.TotalSeconds, "F0");
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu)> FanOutAsync(BenchEngine bench, int instances, int rounds, int width)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var ids = await Task.WhenAll(Enumerable.Range(0, instances).Select(_ =>
            bench.Client.ScheduleNewOrchestrationInstanceAsync("FanOutFanIn", new[] { rounds, width })));
        foreach (var id in ids)
        {
            await bench.WaitAsync(id, BenchEngine.Expected(rounds, width));
        }

        clock.Stop();
        process.Refresh();
        return (clock.Elapsed, process.TotalProcessorTime - cpu);
    }

    private static void Print(string name, double value, string format = "F0") =>
        Console.WriteLine(FormattableString.Invariant($"{name}={value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}"));
}
