using System.CommandLine.Parsing;
using System.Globalization;

namespace Tidewater.Cli.Commands;

/// <summary>Parses durations such as <c>90s</c>, <c>15m</c>, <c>24h</c>, <c>2d</c>, <c>250ms</c> or <c>1.00:00:00</c>.</summary>
public static class DurationParser
{
    /// <summary>Parses <paramref name="text"/>; null when it is not a duration.</summary>
    public static TimeSpan? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)];
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= 0 && value < 1e9)
            {
                return TimeSpan.FromSeconds(value * seconds);
            }
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
    }

    /// <summary>A System.CommandLine parser for a duration option.</summary>
    public static TimeSpan ParseArgument(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Parse(token) is { } duration)
        {
            return duration;
        }

        result.AddError($"'{token}' is not a duration: use e.g. 90s, 15m, 24h, 2d or 1.00:00:00.");
        return default;
    }
}
