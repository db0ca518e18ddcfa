using System.Globalization;
using Spectre.Console;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Reporting;

/// <summary>Shows a run's progress: a live bar on a terminal, or a plain line every few seconds otherwise.</summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan BarRefresh = TimeSpan.FromMilliseconds(200);

    /// <summary>Runs <paramref name="run"/> while showing the progress of <paramref name="runner"/>.</summary>
    /// <param name="console">Where to show it.</param>
    /// <param name="runner">The runner whose statistics to show.</param>
    /// <param name="totalEvents">The number of events in the run.</param>
    /// <param name="run">Starts the run.</param>
    /// <param name="time">The clock for refresh intervals.</param>
    /// <param name="plainInterval">How often to print a plain line; zero for no progress at all.</param>
    public static async Task<bool> RunAsync(
        ConsoleTarget console, LoadRunner runner, long totalEvents, Func<Task<bool>> run, TimeProvider time, TimeSpan plainInterval)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(run);
        if (plainInterval <= TimeSpan.Zero)
        {
            return await run();
        }

        if (!console.Interactive)
        {
            return await RunPlainAsync(console.Writer, runner, totalEvents, run(), time, plainInterval);
        }

        return await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("sending", maxValue: totalEvents);
                var running = run();
                while (!running.IsCompleted)
                {
                    Update(task, runner.Statistics.Counts);
                    await Task.WhenAny(running, Task.Delay(BarRefresh, time));
                }

                Update(task, runner.Statistics.Counts);
                return await running;
            });
    }

    private static void Update(ProgressTask task, RunCounts counts)
    {
        task.Value = counts.Sent;
        var problems = counts.Rejected + counts.Failed;
        task.Description = problems == 0
            ? string.Create(CultureInfo.InvariantCulture, $"sent {counts.Sent:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"sent {counts.Sent:N0} [yellow]({problems:N0} not accepted)[/]");
    }

    private static async Task<bool> RunPlainAsync(
        TextWriter output, LoadRunner runner, long totalEvents, Task<bool> running, TimeProvider time, TimeSpan interval)
    {
        long lastSent = 0;
        var lastTimestamp = time.GetTimestamp();
        while (true)
        {
            var finished = await Task.WhenAny(running, Task.Delay(interval, time));
            if (finished == running)
            {
                return await running;
            }

            var counts = runner.Statistics.Counts;
            var now = time.GetTimestamp();
            var rate = (counts.Sent - lastSent) / time.GetElapsedTime(lastTimestamp, now).TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"progress: sent={counts.Sent}/{totalEvents} accepted={counts.Accepted} rejected={counts.Rejected} errors={counts.Failed} rate={rate:0.0}/s"));
            (lastSent, lastTimestamp) = (counts.Sent, now);
        }
    }
}
