using System.CommandLine;

namespace Tidewater.Cli.Commands;

/// <summary>The options of <c>send</c> beyond the traffic generator's.</summary>
public sealed class SendOptionSet
{
    /// <summary>The environment variable holding the function key.</summary>
    public const string KeyVariable = "TIDEWATER_FUNCTION_KEY";

    /// <summary>The environment variable (and app setting) holding the storage connection string.</summary>
    public const string ConnectionVariable = "AzureWebJobsStorage";

    /// <summary>The largest batch: the host's default <c>MaxItemsPerRequest</c>.</summary>
    public const int MaxBatch = 1000;

    public Option<SendTarget> Target { get; } = new("--target", "-t")
    {
        Description = "Where to send: http, queue, stdout or file (NDJSON).",
        DefaultValueFactory = _ => SendTarget.Http,
    };

    public Option<Uri> Url { get; } = new("--url")
    {
        Description = "The events endpoint (http target).",
        DefaultValueFactory = _ => new Uri("http://127.0.0.1:7071/api/events"),
        CustomParser = ParseUrl,
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"Function key (http target). Default: ${KeyVariable}, else Tidewater__FunctionKey from the nearest local.settings.json.",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"Storage connection string (queue target). Default: ${ConnectionVariable}, else UseDevelopmentStorage=true.",
    };

    public Option<string> Queue { get; } = new("--queue")
    {
        Description = "The queue (queue target).",
        DefaultValueFactory = _ => "events-inbound",
    };

    public Option<FileInfo?> Out { get; } = new("--out", "-o")
    {
        Description = "The NDJSON file (file target).",
    };

    public Option<int> Batch { get; } = new("--batch", "-b")
    {
        Description = $"Events per request or message (1-{MaxBatch}); more than one are sent as a JSON array.",
        DefaultValueFactory = _ => 1,
    };

    public Option<double> Rate { get; } = new("--rate", "-r")
    {
        Description = "Events per second on a fixed (open-loop) schedule; 0 sends as fast as possible.",
        DefaultValueFactory = _ => 0,
    };

    public Option<TimeSpan?> Duration { get; } = new("--duration", "-d")
    {
        Description = "With --rate: send rate x duration events (instead of --count), e.g. 20s.",
        CustomParser = r => DurationParser.ParseArgument(r),
    };

    public Option<int> Concurrency { get; } = new("--concurrency", "-c")
    {
        Description = "Requests in flight at most (connections). Forced to 1 for stdout and file.",
        DefaultValueFactory = _ => 8,
    };

    public Option<TimeSpan> Timeout { get; } = new("--timeout")
    {
        Description = "Timeout of one HTTP request.",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
        CustomParser = DurationParser.ParseArgument,
    };

    public Option<FileInfo?> SummaryJson { get; } = new("--summary-json")
    {
        Description = "Also write the summary as JSON to this file.",
    };

    public Option<bool> NoProgress { get; } = new("--no-progress")
    {
        Description = "Show no progress while sending (the summary is still printed).",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in (Option[])[Target, Url, Key, Connection, Queue, Out, Batch, Rate, Duration, Concurrency, Timeout, SummaryJson, NoProgress])
        {
            command.Add(option);
        }
    }

    private static Uri ParseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(token, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        result.AddError($"'{token}' is not an absolute http(s) URL.");
        return new Uri("http://invalid/");
    }
}
