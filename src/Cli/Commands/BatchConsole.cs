using Spectre.Console;

namespace Tidewater.Cli.Commands;

/// <summary>Where <c>tidewater batch</c> writes: results to <see cref="Out"/>, errors to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Ansi">A Spectre console over <paramref name="Out"/>.</param>
/// <param name="Interactive">True on a terminal (progress bar, tables); false when redirected (plain lines).</param>
public sealed record BatchConsole(TextWriter Out, TextWriter Error, IAnsiConsole Ansi, bool Interactive)
{
    /// <summary>The process's console.</summary>
    public static BatchConsole System()
    {
        bool redirected = Console.IsOutputRedirected;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        return new BatchConsole(Console.Out, Console.Error, ansi, !redirected && ansi.Profile.Capabilities.Interactive);
    }

    /// <summary>A plain (non-interactive) console over two writers, for tests and pipes.</summary>
    public static BatchConsole Plain(TextWriter output, TextWriter error) =>
        new(output, error, AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        }), false);
}
