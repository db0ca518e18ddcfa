using System.Diagnostics;
using System.Globalization;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Tidewater.Bench;

/// <summary>
/// The queue benchmark's baseline: a plain Azure SDK client (base64 encoding, so the SDK decodes each body) that
/// receives and deletes, nothing else, with the host listener's
/// concurrency: a receive whenever at most <c>threshold</c> messages are in flight, of up to 32 messages but never
/// more than <c>maxInFlight</c> in flight (the host: batchSize 16 + newBatchThreshold 16 = 32).
/// </summary>
internal static class RawDrain
{
    /// <summary>The most messages one receive returns.</summary>
    private const int MaxMessagesPerReceive = 32;

    public static async Task RunAsync(QueueClient queue, int expect, int maxInFlight, int threshold, CancellationToken cancellationToken)
    {
        var slotFreed = new SemaphoreSlim(0);
        int inFlight = 0, done = 0, receives = 0;
        long bytes = 0;
        long? firstReceive = null;
        var cpuAtFirst = TimeSpan.Zero;
        var running = new List<Task>();
        var start = Stopwatch.GetTimestamp();
        while (Volatile.Read(ref done) < expect)
        {
            var busy = Volatile.Read(ref inFlight);
            if (busy > threshold)
            {
                await slotFreed.WaitAsync(cancellationToken);
                continue;
            }

            QueueMessage[] messages = await queue.ReceiveMessagesAsync(Math.Min(MaxMessagesPerReceive, maxInFlight - busy), TimeSpan.FromMinutes(10), cancellationToken);
            receives++;
            if (messages.Length == 0)
            {
                // Everything left is in flight (or not visible yet): wait for a completion rather than spin.
                await slotFreed.WaitAsync(TimeSpan.FromMilliseconds(20), cancellationToken);
                continue;
            }

            if (firstReceive is null)
            {
                firstReceive = Stopwatch.GetTimestamp();
                cpuAtFirst = Environment.CpuUsage.TotalTime;
            }

            foreach (var message in messages)
            {
                Interlocked.Increment(ref inFlight);
                running.Add(Task.Run(async () =>
                {
                    try
                    {
                        Interlocked.Add(ref bytes, message.Body.ToMemory().Length);

                        try
                        {
                            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                        }
                        catch (Azure.RequestFailedException ex) when (ex.ErrorCode == QueueErrorCode.MessageNotFound)
                        {
                            // A retried delete whose first attempt landed (the emulator can be slower than the client timeout).
                        }

                        Interlocked.Increment(ref done);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                        slotFreed.Release();
                    }
                }, cancellationToken));
            }
        }

        await Task.WhenAll(running);
        var seconds = Stopwatch.GetElapsedTime(firstReceive ?? start).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"messages={done} receives={receives} body_bytes={bytes} seconds={seconds:0.000} rate={done / seconds:0.0} cpu_raw={(Environment.CpuUsage.TotalTime - cpuAtFirst).TotalSeconds:0.00}"));
    }
}
