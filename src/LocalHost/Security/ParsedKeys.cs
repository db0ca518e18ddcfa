namespace Tidewater.LocalHost.Security;

/// <summary>A comma-separated key setting parsed once, remembered with the text it came from.</summary>
internal sealed class ParsedKeys(string? source)
{
    public static readonly ParsedKeys None = new(null);

    public string? Source => source;

    public IReadOnlyList<byte[]> Keys { get; } = FunctionKeyOptions.Split(source);

    /// <summary>Returns <paramref name="current"/> if it was parsed from <paramref name="setting"/>, else a fresh parse.</summary>
    public static ParsedKeys For(ParsedKeys current, string? setting) =>
        string.Equals(current.Source, setting, StringComparison.Ordinal) ? current : new ParsedKeys(setting);
}
