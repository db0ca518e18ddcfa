using System.CommandLine;
using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary>
/// <c>tidewater batch start|list|show|watch|report</c>: the operator's batch calls against a host's management API.
/// </summary>
public static partial class BatchCommand
{
    /// <summary>Creates the command over the process console and real HTTP.</summary>
    public static Command Create(TimeProvider time) => Create(time, BatchConsole.System(), handler: null);

    /// <summary>Creates the command writing to <paramref name="console"/> and sending through <paramref name="handler"/> (null: real HTTP).</summary>
    public static Command Create(TimeProvider time, BatchConsole console, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(console);
        var options = new BatchOptionSet();
        var command = new Command(
            "batch",
            "Start, list, inspect and watch batches, and fetch their reports. Exit codes: 0 ok, 1 usage, 2 client error "
            + "(4xx; the problem's errors are printed), 3 server error (5xx) or transport failure, 4 the watched batch "
            + "failed or was terminated, 130 cancelled.");
        options.AddTo(command);
        var context = new BatchCommandContext(options, console, handler, time);
        command.Add(CreateStart(context));
        command.Add(CreateList(context));
        command.Add(CreateShow(context));
        command.Add(CreateWatch(context));
        command.Add(CreateReport(context));
        return command;
    }

    /// <summary>Runs <paramref name="call"/> with a client, mapping transport failures to <see cref="BatchExitCodes.ServerError"/>.</summary>
    private static async Task<int> RunAsync(BatchCommandContext context, ParseResult parseResult, Func<BatchApiClient, Task<int>> call, CancellationToken cancellationToken)
    {
        using var client = context.Options.CreateClient(parseResult, context.Handler);
        try
        {
            return await call(client);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Console.Error.WriteLineAsync("cancelled");
            return BatchExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            await context.Console.Error.WriteLineAsync($"error: the host at {parseResult.GetValue(context.Options.Url)} could not be reached: {ex.Message}");
            return BatchExitCodes.ServerError;
        }
    }

    /// <summary>Prints a non-2xx answer and returns its exit code (2 for 4xx, 3 otherwise).</summary>
    private static async Task<int> FailAsync<T>(BatchCommandContext context, ApiResponse<T> response)
    {
        await context.Console.Error.WriteLineAsync("error: " + BatchApiClient.Describe(response));
        return response.IsClientError ? BatchExitCodes.ClientError : BatchExitCodes.ServerError;
    }

    private sealed record BatchCommandContext(BatchOptionSet Options, BatchConsole Console, HttpMessageHandler? Handler, TimeProvider Time);
}
