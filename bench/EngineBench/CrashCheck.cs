using System.Text;
using Tidewater.Storage;

namespace Tidewater.EngineBench;

/// <summary>
/// A real kill: <c>crash-start</c> starts a long fan-out and waits to be killed (<c>kill -9</c>);
/// <c>crash-resume</c> starts a new engine on the same task hub, counts the results already checkpointed, finishes
/// the instance and checks its output and that exactly the unfinished activities ran again.
/// </summary>
internal static class CrashCheck
{
    private const string InstanceId = "crash-1";

    public static async Task StartAsync(Arguments arguments)
    {
        var bench = new BenchEngine(arguments.Required("connection"), arguments.Required("hub"), 8, 4);
        await bench.Engine.StartAsync(CancellationToken.None);
        await bench.Client.ScheduleNewOrchestrationInstanceAsync("FanOutFanIn",
            new[] { arguments.Int("rounds", 40), arguments.Int("width", 2500) }, new Orchestration.StartOrchestrationOptions(InstanceId));
        Console.WriteLine("scheduled=true");
        await Task.Delay(Timeout.Infinite); // until killed
    }

    public static async Task ResumeAsync(Arguments arguments)
    {
        int rounds = arguments.Int("rounds", 40), width = arguments.Int("width", 2500);
        await using var bench = new BenchEngine(arguments.Required("connection"), arguments.Required("hub"), 8, 4);
        var checkpointed = await CountCompletedAsync(bench.Blobs, "twlocal-" + arguments.Required("hub").ToLowerInvariant());
        await bench.Engine.StartAsync(CancellationToken.None); // breaks the dead host's lease: its process is gone
        await bench.WaitAsync(InstanceId, BenchEngine.Expected(rounds, width));
        var total = rounds * width;
        Console.WriteLine($"checkpointed_before_resume={checkpointed}");
        Console.WriteLine($"ran_after_resume={bench.ActivityRuns}");
        Console.WriteLine($"ok={bench.ActivityRuns == total - checkpointed}");
    }

    /// <summary>TaskCompleted lines in the instance's history (every episode here is one atomic append block).</summary>
    private static async Task<int> CountCompletedAsync(BlobServiceClient blobs, string containerName)
    {
        var container = blobs.GetBlobContainerClient(containerName);
        var count = 0;
        await foreach (var item in container.ListBlobsAsync("history/" + InstanceId + "/"))
        {
            var content = (await container.GetAppendBlobClient(item.Name).DownloadAsync()).Content.ToString();
            count += CountOccurrences(content, "\"type\":\"TaskCompleted\"");
        }

        return count;
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
