using System.CommandLine;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Commands;

/// <summary>The validated target settings of one <c>send</c> run.</summary>
internal sealed record SendSettings(
    SendTarget Target, Uri Url, string? Key, string Connection, string Queue, FileInfo? Out,
    int Batch, int Concurrency, TimeSpan Timeout, FileInfo? SummaryJson, bool NoProgress)
{
    /// <summary>Reads and checks the options, adding one message per problem.</summary>
    public static SendSettings Read(ParseResult parseResult, SendOptionSet options, List<string> problems)
    {
        var target = parseResult.GetValue(options.Target);
        var url = parseResult.GetValue(options.Url)!;
        var batch = parseResult.GetValue(options.Batch);
        var concurrency = parseResult.GetValue(options.Concurrency);
        var timeout = parseResult.GetValue(options.Timeout);
        var output = parseResult.GetValue(options.Out);
        if (batch is < 1 or > SendOptionSet.MaxBatch)
        {
            problems.Add($"--batch must be between 1 and {SendOptionSet.MaxBatch} (was {batch}).");
        }

        if (concurrency is < 1 or > 4096)
        {
            problems.Add($"--concurrency must be between 1 and 4096 (was {concurrency}).");
        }

        if (parseResult.GetValue(options.Rate) is var rate && !(rate >= 0 && rate <= 10_000_000))
        {
            problems.Add("--rate must be between 0 and 10000000 events per second.");
        }

        if (timeout <= TimeSpan.Zero)
        {
            problems.Add("--timeout must be positive.");
        }

        if (target == SendTarget.File && output is null)
        {
            problems.Add("--target file needs --out.");
        }

        var key = parseResult.GetValue(options.Key)
            ?? NonEmpty(Environment.GetEnvironmentVariable(SendOptionSet.KeyVariable))
            ?? (target == SendTarget.Http ? LocalSettings.FindValue("Tidewater__FunctionKey") : null);
        var connection = parseResult.GetValue(options.Connection)
            ?? NonEmpty(Environment.GetEnvironmentVariable(SendOptionSet.ConnectionVariable))
            ?? "UseDevelopmentStorage=true";
        if (target is SendTarget.Stdout or SendTarget.File)
        {
            concurrency = 1; // NDJSON lines keep generation order
        }

        return new SendSettings(target, url, key, connection, parseResult.GetValue(options.Queue)!, output, batch, concurrency, timeout,
            parseResult.GetValue(options.SummaryJson), parseResult.GetValue(options.NoProgress));
    }

    /// <summary>Creates the sink of <see cref="Target"/>.</summary>
    /// <exception cref="FormatException">The connection string is malformed.</exception>
    public IEventSink CreateSink() => Target switch
    {
        SendTarget.Http => new HttpEventSink(Url, Key, Concurrency, Timeout),
        SendTarget.Queue => new QueueEventSink(InboundQueueClient.Create(Connection, Queue)),
        SendTarget.Stdout => new NdjsonEventSink(Console.OpenStandardOutput(), "NDJSON to stdout", ownsStream: true),
        _ => new NdjsonEventSink(Out!.Create(), "NDJSON to " + Out!.FullName, ownsStream: true),
    };

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
