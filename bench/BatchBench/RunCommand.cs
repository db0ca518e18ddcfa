using System.Diagnostics;
using System.Globalization;
using Tidewater.App.Batch;
using Microsoft.DurableTask.Client;

namespace Tidewater.BatchBench;

/// <summary>Runs the window's batch on the local host's Durable engine and prints wall time, CPU time and the counts.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var process = Process.GetCurrentProcess();
        var start = Stopwatch.GetTimestamp();
        await using var host = await BenchHost.StartAsync(arguments.Get("connection"), arguments.Get("suffix"), withEngine: true);
        var started = Stopwatch.GetTimestamp();
        var cpuAtStart = process.TotalProcessorTime;
        var pauseAtStart = GC.GetTotalPauseDuration();
        long allocatedAtStart = GC.GetTotalAllocatedBytes();
        string id = BatchInstanceIds.Scheduled(BenchEvents.Window);
        var request = new BatchRequest(BenchEvents.Window.Id, (int)BenchEvents.Window.Length.TotalMinutes, null, true);
        await host.Get<IBatchStarter>().GetOrStartAsync(id, request, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var client = host.Get<DurableTaskClient>();
        using var stopPhases = new CancellationTokenSource();
        var phases = PhaseTimer.RunAsync(client, id, started, stopPhases.Token);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);
        double batchSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await stopPhases.CancelAsync();
        string phaseSeconds = await phases;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuAtStart).TotalSeconds;
        var result = done.RuntimeStatus == OrchestrationRuntimeStatus.Completed ? done.ReadOutputAs<BatchResult>() : null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"status={done.RuntimeStatus} records={result?.Records} events={result?.Events} failed_chunks={result?.FailedChunks} "
            + $"batch_seconds={batchSeconds:F2} startup_seconds={Stopwatch.GetElapsedTime(start, started).TotalSeconds:F2} host_cpu_seconds={cpu:F2} "
            + $"gc_pause_seconds={(GC.GetTotalPauseDuration() - pauseAtStart).TotalSeconds:F2} allocated_mb={(GC.GetTotalAllocatedBytes() - allocatedAtStart) / 1048576.0:F0} "
            + $"gc_counts={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} "
            + $"checksum={result?.Checksum} phases={phaseSeconds}"));
        if (done.FailureDetails is { } failure)
        {
            Console.Error.WriteLine($"failure: {failure.ErrorType}: {failure.ErrorMessage}");
        }

        return result is null ? 2 : 0;
    }
}
