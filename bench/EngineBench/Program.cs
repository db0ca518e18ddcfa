using System.Globalization;
using Tidewater.BatchBench;
using Tidewater.EngineBench;

// engine bench: --connection <storage> --settings <folder with host.json> --hub <prefix> --groups G --per-group K
// Prints one key=value line for bench/engine.sh.
var arguments = BenchArguments.Parse(args);
var shape = new FanOutShape(arguments.GetInt("groups", 1), arguments.GetInt("per-group", 500));
var measurement = await FanOutRun.MeasureAsync(arguments.Get("connection"), arguments.Get("settings"), arguments.Get("hub"), shape);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"activities={shape.Activities} groups={shape.Groups} seconds={measurement.Seconds:F2} activities_per_s={measurement.ActivitiesPerSecond:F1} client_seconds={measurement.ClientSeconds:F2} host_cpu_seconds={measurement.HostCpuSeconds:F2}"));
return 0;
