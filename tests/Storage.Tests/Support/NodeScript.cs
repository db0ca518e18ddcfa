using System.Diagnostics;

namespace Tidewater.Storage.Tests;

/// <summary>Runs a script from <c>tests/Storage.Tests/interop</c> with <c>node</c> and returns its stdout.</summary>
internal static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<string> RunAsync(string repositoryRoot, string script, string command, IDictionary<string, string> environment)
    {
        var path = Path.Combine(repositoryRoot, "tests", "Storage.Tests", "interop", script);
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.GetDirectoryName(path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(path);
        startInfo.ArgumentList.Add(command);
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} {command} did not finish within {Timeout.TotalSeconds:0} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} {command} exited with {process.ExitCode}:\n{await stderr}");
        }

        return (await stdout).Trim();
    }
}
