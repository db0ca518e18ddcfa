using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Tidewater.Cli.Batches;

namespace Tidewater.Cli.Commands;

/// <summary>The options every <c>tidewater batch</c> subcommand shares: the host and its key.</summary>
public sealed class BatchOptionSet
{
    /// <summary>The default host: the local host or <c>func start</c>.</summary>
    public static readonly Uri DefaultUrl = new("http://127.0.0.1:7071");

    public Option<Uri> Url { get; } = new("--url")
    {
        Description = "The host (scheme, host, port). The default is http://127.0.0.1:7071.",
        DefaultValueFactory = _ => DefaultUrl,
        CustomParser = ParseUrl,
        Recursive = true,
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"Function key, sent as x-functions-key. Default: ${SendOptionSet.KeyVariable}, else Tidewater__FunctionKey from the nearest local.settings.json.",
        Recursive = true,
    };

    /// <summary>Adds the options to <paramref name="command"/> (recursively, so every subcommand takes them).</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Url);
        command.Add(Key);
    }

    /// <summary>A client for the parsed host and key, over <paramref name="handler"/> when given.</summary>
    public BatchApiClient CreateClient(ParseResult parseResult, HttpMessageHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var key = parseResult.GetValue(Key)
            ?? NonEmpty(Environment.GetEnvironmentVariable(SendOptionSet.KeyVariable))
            ?? LocalSettings.FindValue("Tidewater__FunctionKey");
        return new BatchApiClient(parseResult.GetValue(Url)!, key, handler);
    }

    /// <summary>Parses an instant: RFC 3339, UTC when no offset is given.</summary>
    public static DateTimeOffset? ParseTime(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value))
        {
            return value;
        }

        result.AddError($"'{text}' is not a date-time (e.g. 2026-11-21T10:00:00Z).");
        return null;
    }

    private static Uri ParseUrl(ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"'{text}' is not an absolute http(s) URL.");
        return DefaultUrl;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
