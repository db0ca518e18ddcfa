using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using Tidewater.App;
using Tidewater.App.Storage;

namespace Tidewater.LocalHost.Queues;

/// <summary>
/// The local host's queue trigger on the inbound queue, with the Functions queue trigger's semantics: batches of
/// <c>batchSize</c>, a new batch when in-progress messages drop to <c>newBatchThreshold</c>, exponential back-off
/// while idle, failed messages released for <c>visibilityTimeout</c>, and the poison queue after
/// <c>maxDequeueCount</c> attempts.
/// </summary>
public sealed partial class QueueTriggerListener(
    TidewaterStorage storage,
    InboundMessageProcessor processor,
    StartupGate gate,
    IOptions<QueueTriggerOptions> options,
    TimeProvider time,
    ILogger<QueueTriggerListener> logger) : BackgroundService
{
    /// <summary>How long a received message stays invisible while it is processed, as in the Functions host.</summary>
    public static readonly TimeSpan ProcessingVisibility = TimeSpan.FromMinutes(10);

    private readonly QueueTriggerOptions _options = options.Value;
    private readonly SemaphoreSlim _slotFreed = new(0);
    private int _inProgress;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await gate.Opened.WaitAsync(stoppingToken);
        var queue = storage.InboundQueueWire; // wire text: the processor decodes, so undecodable messages can be poisoned
        var backoff = new PollingBackoff(_options.MaxPollingInterval);
        int threshold = _options.EffectiveNewBatchThreshold;
        LogListening(logger, queue.Name, _options.BatchSize, threshold);
        var running = new HashSet<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (Volatile.Read(ref _inProgress) > threshold)
                {
                    await _slotFreed.WaitAsync(stoppingToken);
                    continue;
                }

                IReadOnlyList<QueueMessage> messages;
                try
                {
                    messages = (await queue.ReceiveMessagesAsync(_options.BatchSize, ProcessingVisibility, stoppingToken)).Value;
                }
                catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or IOException)
                {
                    LogReceiveFailed(logger, ex, queue.Name);
                    messages = [];
                }

                if (messages.Count == 0)
                {
                    await Task.Delay(backoff.NextDelay(), time, stoppingToken);
                    continue;
                }

                backoff.Reset();
                running.RemoveWhere(t => t.IsCompleted);
                foreach (var message in messages)
                {
                    Interlocked.Increment(ref _inProgress);
                    running.Add(ProcessAsync(message, stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let messages in progress finish (unfinished ones reappear after their visibility timeout).
        }

        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await processor.ProcessAsync(message, stoppingToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
            _slotFreed.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _slotFreed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(3001, LogLevel.Information, "Listening on queue {Queue} (batch size {BatchSize}, new batch threshold {Threshold})")]
    private static partial void LogListening(ILogger logger, string queue, int batchSize, int threshold);

    [LoggerMessage(3002, LogLevel.Warning, "Receiving from queue {Queue} failed; polling again after back-off")]
    private static partial void LogReceiveFailed(ILogger logger, Exception exception, string queue);
}
