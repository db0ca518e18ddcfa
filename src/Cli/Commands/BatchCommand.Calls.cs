using System.CommandLine;
using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary>The one-call subcommands: <c>start</c>, <c>list</c>, <c>show</c> and <c>report</c>.</summary>
public static partial class BatchCommand
{
    private static Command CreateStart(BatchCommandContext context)
    {
        var from = new Option<DateTimeOffset?>("--from") { Description = "First instant (RFC 3339; UTC if no offset): the window containing it is the first.", Required = true, CustomParser = BatchOptionSet.ParseTime };
        var to = new Option<DateTimeOffset?>("--to") { Description = "End of the range, exclusive; every window must be sealed.", Required = true, CustomParser = BatchOptionSet.ParseTime };
        var modelVersion = new Option<string?>("--model-version") { Description = "Replay with this published model version (replay-{window}-{n} instances)." };
        var publishModel = new Option<bool>("--publish-model") { Description = "Let a replay publish its refreshed model. The default is false." };
        var command = new Command("start", "Start one batch per sealed window in [--from, --to) (POST /api/batches); prints each batch's id and status link.")
        {
            from, to, modelVersion, publishModel,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, async client =>
        {
            var body = new StartBatchesBody(
                parseResult.GetValue(from)!.Value,
                parseResult.GetValue(to)!.Value,
                parseResult.GetValue(modelVersion),
                parseResult.GetValue(publishModel) ? true : null);
            var response = await client.StartAsync(body, cancellationToken);
            if (!response.IsSuccess)
            {
                return await FailAsync(context, response);
            }

            BatchPrinter.WriteStarted(context.Console, response.Value!);
            return BatchExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateList(BatchCommandContext context)
    {
        var status = new Option<string[]>("--status")
        {
            Description = "Only batches in these states: pending, running, completed, failed, terminated (repeat or comma-separate).",
            AllowMultipleArgumentsPerToken = true,
        };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only batches created at or after this instant.", CustomParser = BatchOptionSet.ParseTime };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only batches created before this instant.", CustomParser = BatchOptionSet.ParseTime };
        var command = new Command("list", "List batches, newest first (GET /api/batches).") { status, from, to };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, async client =>
        {
            var statuses = (parseResult.GetValue(status) ?? [])
                .SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .ToList();
            var response = await client.ListAsync(statuses, parseResult.GetValue(from), parseResult.GetValue(to), cancellationToken);
            if (!response.IsSuccess)
            {
                return await FailAsync(context, response);
            }

            BatchPrinter.WriteList(context.Console, response.Value!.Batches);
            return BatchExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateShow(BatchCommandContext context)
    {
        var id = new Argument<string>("id") { Description = "The batch id, e.g. batch-202611211000." };
        var json = new Option<bool>("--json") { Description = "Print the status JSON as the host sent it." };
        var command = new Command("show", "Show one batch: state, progress, output or failure, links (GET /api/batches/{id}).") { id, json };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, async client =>
        {
            var response = await client.GetAsync(parseResult.GetValue(id)!, cancellationToken);
            if (!response.IsSuccess)
            {
                return await FailAsync(context, response);
            }

            if (parseResult.GetValue(json))
            {
                await context.Console.Out.WriteLineAsync(response.Text);
            }
            else
            {
                BatchPrinter.WriteStatus(context.Console.Out, response.Value!);
            }

            return BatchExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CreateReport(BatchCommandContext context)
    {
        var id = new Argument<string>("id") { Description = "The batch id." };
        var html = new Option<bool>("--html") { Description = "The HTML page instead of the JSON report." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file instead of stdout." };
        var command = new Command("report", "Fetch a batch's report (GET /api/reports/{id}), as JSON or with --html the page.") { id, html, output };
        command.SetAction((parseResult, cancellationToken) => RunAsync(context, parseResult, async client =>
        {
            var response = await client.GetReportAsync(parseResult.GetValue(id)!, parseResult.GetValue(html), cancellationToken);
            if (!response.IsSuccess)
            {
                return await FailAsync(context, response);
            }

            if (parseResult.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, response.Text, cancellationToken);
                await context.Console.Error.WriteLineAsync($"wrote {file.FullName}");
            }
            else
            {
                await context.Console.Out.WriteLineAsync(response.Text);
            }

            return BatchExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
