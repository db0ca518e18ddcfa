using System.CommandLine;
using Tidewater.Cli.Commands;

namespace Tidewater.Cli;

/// <summary>The root command: <c>tidewater generate</c> and <c>tidewater send</c>.</summary>
public static class TidewaterCommand
{
    /// <summary>Creates the root command over <paramref name="time"/>.</summary>
    public static RootCommand Create(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new RootCommand(
            "tidewater: synthetic payment traffic for Tidewater. Exit codes: 0 all accepted, 1 usage, "
            + "2 some rejected (4xx), 3 some failed (5xx or transport), 130 cancelled.")
        {
            GenerateCommand.Create(time),
            SendCommand.Create(time),
            BatchCommand.Create(time),
        };
    }
}
