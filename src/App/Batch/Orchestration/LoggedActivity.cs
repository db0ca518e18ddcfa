using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Tidewater.App.Batch;

/// <summary>
/// Wraps a batch activity run by the local host's Durable worker with a start and an end log line naming the
/// activity and its orchestration instance (the Functions host logs every invocation itself). Several hosts share one
/// task hub, so these lines show which host ran which part of a batch.
/// </summary>
/// <param name="inner">The activity.</param>
/// <param name="logger">Where the lines go (Debug; failures at Warning).</param>
internal sealed class LoggedActivity(ITaskActivity inner, ILogger logger) : ITaskActivity
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
            Log.ActivityFailed(logger, exception, name, context.InstanceId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
