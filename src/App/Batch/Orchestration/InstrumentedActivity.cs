using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Tidewater.App.Telemetry;

namespace Tidewater.App.Batch;

/// <summary>
/// Wraps a batch activity run by the local host's Durable worker with a start and an end log line naming the
/// activity and its orchestration instance, and with a span in the batch's own trace (the Functions host logs and
/// traces every invocation itself). Several hosts share one task hub, so these show which host ran which part of a batch.
/// </summary>
/// <remarks>
/// Spans are made here, never in orchestrator code, which must stay deterministic. Every activity of one batch, in
/// its sub-orchestrations too and on whichever host or after whatever restart, gets the same trace id and parent,
/// derived from the batch's instance id (<see cref="BatchTraceContext"/>), so one batch is one trace.
/// </remarks>
/// <param name="inner">The activity.</param>
/// <param name="logger">Where the lines go (Debug; failures at Warning).</param>
internal sealed class InstrumentedActivity(ITaskActivity inner, ILogger logger) : ITaskActivity
{
    /// <inheritdoc />
    public Type InputType => inner.InputType;

    /// <inheritdoc />
    public Type OutputType => inner.OutputType;

    /// <inheritdoc />
    public async Task<object?> RunAsync(TaskActivityContext context, object? input)
    {
        ArgumentNullException.ThrowIfNull(context);
        string name = context.Name.Name;
        using var span = StartSpan(name, context.InstanceId);
        Log.ActivityStarted(logger, name, context.InstanceId);
        long started = Stopwatch.GetTimestamp();
        try
        {
            object? output = await inner.RunAsync(context, input);
            Log.ActivityCompleted(logger, name, context.InstanceId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return output;
        }
        catch (Exception exception)
        {
            // Logged and rethrown: the orchestrator's retry policy decides what the failure means.
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.AddException(exception);
            Log.ActivityFailed(logger, exception, name, context.InstanceId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static Activity? StartSpan(string name, string instanceId)
    {
        if (!TidewaterTelemetry.Source.HasListeners())
        {
            return null;
        }

        string batchId = BatchInstanceIds.RootOf(instanceId);
        var span = TidewaterTelemetry.Source.StartActivity(name, ActivityKind.Internal, BatchTraceContext.Of(batchId));
        if (span is { IsAllDataRequested: true })
        {
            span.SetTag(BatchTraceContext.BatchIdTag, batchId);
            span.SetTag(BatchTraceContext.InstanceIdTag, instanceId);
        }

        return span;
    }
}
