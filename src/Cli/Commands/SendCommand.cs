using System.CommandLine;
using System.Globalization;
using Tidewater.Cli.Generation;
using Tidewater.Cli.Reporting;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Commands;

/// <summary><c>tidewater send</c>: generates traffic and sends it to a target, then prints a summary.</summary>
public static class SendCommand
{
    /// <summary>How often a plain progress line is printed when the output is not a terminal.</summary>
    public static readonly TimeSpan PlainProgressInterval = TimeSpan.FromSeconds(5);

    /// <summary>Creates the command.</summary>
    public static Command Create(TimeProvider time)
    {
        var traffic = new TrafficOptionSet();
        var send = new SendOptionSet();
        var command = new Command("send", "Generate seeded synthetic traffic and send it over HTTP, to the queue, or as NDJSON; print a summary.");
        traffic.AddTo(command);
        send.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, traffic, send, time, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        ParseResult parseResult, TrafficOptionSet trafficOptions, SendOptionSet sendOptions, TimeProvider time, CancellationToken cancellationToken)
    {
        var target = parseResult.GetValue(sendOptions.Target);
        var console = ConsoleTarget.Create(useStandardError: target == SendTarget.Stdout);
        var problems = new List<string>();
        var rate = parseResult.GetValue(sendOptions.Rate);
        var duration = parseResult.GetValue(sendOptions.Duration);
        long? count = null;
        if (duration is { } span)
        {
            if (!(rate > 0))
            {
                problems.Add("--duration needs a --rate above 0.");
            }
            else if (trafficOptions.HasExplicitCount(parseResult))
            {
                problems.Add("Give either --count or --duration, not both.");
            }
            else
            {
                count = Math.Max(1, (long)Math.Round(rate * span.TotalSeconds));
            }
        }

        var options = trafficOptions.Read(parseResult, time, count);
        problems.AddRange(options.Validate());
        var settings = SendSettings.Read(parseResult, sendOptions, problems);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync("error: " + problem);
            }

            return ExitCodes.Usage;
        }

        IEventSink sink;
        try
        {
            sink = settings.CreateSink();
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync("error: --connection: " + ex.Message);
            return ExitCodes.Usage;
        }

        await using var disposeSink = sink;
        console.Writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tidewater send: {options.Count} events, seed {options.Seed}, start {options.Start:yyyy-MM-ddTHH:mm:ssZ} -> {sink.Description}"));
        try
        {
            await sink.PrepareAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
        {
            await Console.Error.WriteLineAsync("error: the target is not ready: " + ex.Message);
            return ExitCodes.Failed;
        }

        var source = new BatchSource(new TrafficGenerator(options), settings.Batch);
        var runner = new LoadRunner(sink, source, settings.Concurrency, rate, time);
        var interval = settings.NoProgress ? TimeSpan.Zero : PlainProgressInterval;
        var completed = await ProgressDisplay.RunAsync(console, runner, source.EventCount, () => runner.RunAsync(cancellationToken), time, interval);
        var summary = new RunSummary(
            sink.Description,
            runner.Statistics.Counts,
            time.GetElapsedTime(runner.StartTimestamp, runner.EndTimestamp),
            rate > 0 ? rate : null,
            settings.Batch,
            settings.Concurrency,
            sink.ReportsDecisions,
            completed,
            runner.Statistics.Latency.Summarize(),
            runner.Statistics.ServiceTime.Summarize(),
            runner.Statistics.DispatchLag.Summarize(),
            runner.Statistics.Details);
        if (console.Interactive)
        {
            SummaryWriter.WriteTable(console.Ansi, summary);
        }
        else
        {
            SummaryWriter.WritePlain(console.Writer, summary);
        }

        if (settings.SummaryJson is { } file)
        {
            await using var stream = file.Create();
            SummaryWriter.WriteJson(stream, summary);
        }

        return summary.ExitCode;
    }
}
