using Spectre.Console;

namespace Tidewater.Cli.Reporting;

/// <summary>Where progress and the summary go, and whether it is a terminal (rich output) or not (plain lines).</summary>
/// <param name="Writer">The text writer (stdout, or stderr when events go to stdout).</param>
/// <param name="Ansi">A Spectre console over <paramref name="Writer"/>.</param>
/// <param name="Interactive">True on a terminal; false when redirected (CI, pipes, files).</param>
public sealed record ConsoleTarget(TextWriter Writer, IAnsiConsole Ansi, bool Interactive)
{
    /// <summary>A target over stdout, or over stderr when <paramref name="useStandardError"/> is set.</summary>
    public static ConsoleTarget Create(bool useStandardError)
    {
        var writer = useStandardError ? Console.Error : Console.Out;
        var redirected = useStandardError ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        return new ConsoleTarget(writer, ansi, !redirected && ansi.Profile.Capabilities.Interactive);
    }
}
