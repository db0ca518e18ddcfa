using System.CommandLine;
using Spectre.Console;
using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary><c>watch</c>: polls a batch until it ends, with a progress bar on a terminal and plain lines elsewhere.</summary>
public static partial class BatchCommand
{
    /// <summary>The default poll interval.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    private static Command CreateWatch(BatchCommandContext context)
    {
        var id = new Argument<string>("id") { Description = "The batch id." };
        var interval = new Option<TimeSpan>("--interval")
        {
            Description = "Time between polls (e.g. 500ms, 2s). The default is 1s.",
            DefaultValueFactory = _ => DefaultInterval,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DurationParser.Parse(text) is { } value && value > TimeSpan.Zero)
                {
                    return value;
                }

                result.AddError($"'{text}' is not a positive duration (e.g. 500ms, 2s).");
                return DefaultInterval;
            },
        };
        var command = new Command(
            "watch",
            "Poll GET /api/batches/{id} every --interval until the batch completes, fails or is terminated; print its output "
            + "summary (exit 0) or its failure (exit 4).")
        {
            id, interval,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, async client =>
        {
            var watcher = new BatchWatcher(client, context.Time, parseResult.GetValue(interval));
            string batchId = parseResult.GetValue(id)!;
            var end = context.Console.Interactive
                ? await WatchWithProgressBarAsync(context.Console, watcher, batchId, cancellationToken)
                : await WatchWithLinesAsync(context.Console, watcher, batchId, cancellationToken);
            if (end.Error is { } error)
            {
                return await FailAsync(context, error);
            }

            var status = end.Status!;
            BatchPrinter.WriteStatus(context.Console.Out, status);
            return status.RuntimeStatus == BatchRuntimeStatus.Completed ? BatchExitCodes.Success : BatchExitCodes.BatchFailed;
        }, cancellationToken));
        return command;
    }

    private static Task<BatchWatcher.End> WatchWithLinesAsync(BatchConsole console, BatchWatcher watcher, string id, CancellationToken cancellationToken)
    {
        string? previous = null;
        return watcher.RunAsync(id, status =>
        {
            // One line per change, so a log of a long batch stays short.
            string line = BatchPrinter.ProgressLine(status);
            if (line != previous)
            {
                console.Out.WriteLine(line);
                previous = line;
            }
        }, cancellationToken);
    }

    private static Task<BatchWatcher.End> WatchWithProgressBarAsync(BatchConsole console, BatchWatcher watcher, string id, CancellationToken cancellationToken) =>
        console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(id), maxValue: 1);
                var end = await watcher.RunAsync(id, status =>
                {
                    var p = status.Progress;
                    task.Description = Markup.Escape(BatchPrinter.ProgressLine(status));
                    task.MaxValue = Math.Max(1, p?.ItemsTotal ?? 1);
                    task.Value = status.RuntimeStatus == BatchRuntimeStatus.Completed ? task.MaxValue : Math.Min(task.MaxValue, p?.ItemsDone ?? 0);
                }, cancellationToken);
                task.StopTask();
                return end;
            });
}
