using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tidewater.Testing;

/// <summary>One running Azurite (<c>node node_modules/azurite/dist/src/azurite.js</c>) and its captured output.</summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string ReadyMarker = "Azurite Table service is successfully listening";
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AzuriteProcess(Process process) => _process = process;

    /// <summary>stdout and stderr so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Three distinct free loopback ports (blob, queue, table), found by binding port 0.</summary>
    public static int[] GetFreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    /// <summary>Starts Azurite and waits until all three services listen.</summary>
    /// <exception cref="AzuritePortInUseException">A port was taken meanwhile; try other ports.</exception>
    /// <exception cref="InvalidOperationException">Azurite exited or did not start in time (the message has its output).</exception>
    public static async Task<AzuriteProcess> StartAsync(string entryPoint, string workDirectory, IEnumerable<string> arguments,
        TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(entryPoint);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment.Remove("AZURITE_ACCOUNTS");
        var azurite = new AzuriteProcess(new Process { StartInfo = startInfo, EnableRaisingEvents = true });
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        azurite._process.OutputDataReceived += (_, e) =>
        {
            azurite.Append(e.Data);
            if (e.Data?.Contains(ReadyMarker, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        azurite._process.ErrorDataReceived += (_, e) => azurite.Append(e.Data);

        try
        {
            azurite._process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("Could not start 'node': Node.js must be on PATH to run Azurite.", exception);
        }

        azurite._process.BeginOutputReadLine();
        azurite._process.BeginErrorReadLine();
        using var timeoutSource = new CancellationTokenSource(timeout);
        var exited = azurite._process.WaitForExitAsync(timeoutSource.Token);
        var first = await Task.WhenAny(ready.Task, exited).ConfigureAwait(false);
        if (first == ready.Task)
        {
            return azurite;
        }

        await azurite.DisposeAsync().ConfigureAwait(false);
        var output = azurite.Output;
        if (output.Contains("EADDRINUSE", StringComparison.Ordinal))
        {
            throw new AzuritePortInUseException(output);
        }

        throw new InvalidOperationException(exited.IsCanceled
            ? $"Azurite did not start within {timeout.TotalSeconds:0} s. Its output:\n{output}"
            : $"Azurite exited with code {azurite._process.ExitCode} while starting. Its output:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        catch (OperationCanceledException)
        {
            // Did not exit in time after SIGKILL; nothing more to do.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}

/// <summary>Azurite could not bind one of its ports.</summary>
internal sealed class AzuritePortInUseException(string output)
    : Exception($"An Azurite port was already in use. Its output:\n{output}");
