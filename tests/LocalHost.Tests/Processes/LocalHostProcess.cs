using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Processes;

/// <summary>
/// The built local host (<c>src/LocalHost/bin/{configuration}/net10.0</c>) as its own process on a loopback port, for
/// tests that must kill it (SIGKILL: no shutdown code runs) or run several on one storage account.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private LocalHostProcess(Process process, Uri baseAddress, string name)
    {
        _process = process;
        BaseAddress = baseAddress;
        Name = name;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Where the host listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The name given at start (for messages).</summary>
    public string Name { get; }

    /// <summary>Everything the process printed so far.</summary>
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

    /// <summary>True until the process exits.</summary>
    public bool IsRunning => !_process.HasExited;

    /// <summary>Starts the host with <paramref name="environment"/> (over the repository's host.json) and waits until /api/health answers 200.</summary>
    public static async Task<LocalHostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        string root = RepositoryRoot.Find();
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        string dll = Path.Combine(root, "src", "LocalHost", "bin", configuration, "net10.0", "Tidewater.LocalHost.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"'{dll}' does not exist: build src/LocalHost ({configuration}) first (./test.sh builds the solution).");
        }

        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new LocalHostProcess(process, baseAddress, name);
        await host.WaitHealthyAsync(timeout);
        return host;
    }

    /// <summary>An HTTP client for the host.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: the process ends at once, in whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Local host '{Name}' exited with {_process.ExitCode} before it was healthy:\n{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync("/api/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            // WARNING: a poll of a real process; there is no clock to fake across a process boundary.
            await Task.Delay(200);
        }

        throw new TimeoutException($"Local host '{Name}' was not healthy within {timeout}:\n{Tail()}");
    }

    /// <summary>The last lines of the output, for failure messages.</summary>
    public string Tail(int characters = 4000)
    {
        string output = Output;
        return output.Length <= characters ? output : output[^characters..];
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
