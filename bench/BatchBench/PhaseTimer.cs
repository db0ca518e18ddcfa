using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Tidewater.App.Batch;
using Microsoft.DurableTask.Client;

namespace Tidewater.BatchBench;

/// <summary>
/// Samples the batch's custom status every 100 ms and reports when each phase was first seen, as
/// <c>phase:seconds,...</c> (seconds since the start call). Coarse: the status moves only when a group finishes.
/// </summary>
internal static class PhaseTimer
{
    public static async Task<string> RunAsync(DurableTaskClient client, string id, long started, CancellationToken cancellationToken)
    {
        var seen = new List<string>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
                if (instance?.SerializedCustomStatus is not null && instance.ReadCustomStatusAs<BatchProgress>() is { } progress
                    && !seen.Exists(s => s.StartsWith(progress.Phase + ":", StringComparison.Ordinal)))
                {
                    seen.Add(string.Create(CultureInfo.InvariantCulture, $"{progress.Phase}:{Stopwatch.GetElapsedTime(started).TotalSeconds:F1}"));
                }

                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RpcException cancelled) when (cancelled.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            // The gRPC client reports a cancelled call this way, not as OperationCanceledException.
        }

        return string.Join(',', seen);
    }
}
