namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>
/// The task scheduler orchestrator code runs on: single-threaded and inline, so every continuation of a context
/// task runs synchronously, in order, inside the episode that completed the task (as DurableTask.Core's
/// synchronous scheduler does). <c>Task.WhenAll</c>/<c>Task.WhenAny</c> over context tasks therefore resume within
/// the same episode.
/// </summary>
/// <remarks>
/// A continuation queued from outside an episode means the orchestrator awaited something the context did not
/// create (<c>Task.Delay</c>, <c>Task.Run</c>, I/O). It is not run; <c>onStray</c> reports it so the instance fails
/// with a clear message instead of running orchestrator code on another thread.
/// </remarks>
internal sealed class EpisodeScheduler(Action onStray) : TaskScheduler
{
    [ThreadStatic]
    private static EpisodeScheduler? t_active;

    /// <summary>True while this scheduler runs an episode on the calling thread.</summary>
    public bool IsActive => t_active == this;

    /// <inheritdoc />
    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Runs <paramref name="episode"/> with this scheduler active and no synchronization context.</summary>
    public void Run(Action episode)
    {
        var previousContext = SynchronizationContext.Current;
        var previous = t_active;
        SynchronizationContext.SetSynchronizationContext(null);
        t_active = this;
        try
        {
            episode();
        }
        finally
        {
            t_active = previous;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }
    }

    /// <inheritdoc />
    protected override void QueueTask(Task task)
    {
        if (IsActive)
        {
            TryExecuteTask(task);
        }
        else
        {
            onStray();
        }
    }

    /// <inheritdoc />
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => IsActive && TryExecuteTask(task);

    /// <inheritdoc />
    protected override IEnumerable<Task> GetScheduledTasks() => [];
}
