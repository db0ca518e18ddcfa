using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Engine.Hosting;

internal sealed partial class InstanceRunner
{
    private const int StartTimerKey = -1;

    // Sequence numbers already dispatched in this execution: a reload after a failed turn does not run them twice.
    private readonly HashSet<int> _dispatched = [];
    private readonly Dictionary<int, DurableTimer> _timers = [];

    /// <summary>Runs the checkpointed actions that still await a result: activities queued, timers armed, children started.</summary>
    private async Task DispatchAsync(IReadOnlyList<ActionEvent> actions)
    {
        var session = _session!;
        if (_runtime.Stopping || _finished)
        {
            return; // recorded; a restarted engine dispatches them
        }

        List<(int TaskId, Task Start)>? children = null;
        foreach (var action in actions)
        {
            if (!session.IsOpen(action.TaskId) || _dispatched.Contains(action.TaskId))
            {
                continue;
            }

            switch (action)
            {
                case TaskScheduledEvent scheduled:
                    _dispatched.Add(scheduled.TaskId);
                    _runtime.EnqueueActivity(new ActivityWorkItem(this, ExecutionId, scheduled));
                    break;
                case TimerCreatedEvent timer when session.Terminal is null:
                    _dispatched.Add(timer.TaskId);
                    ArmTimer(timer.TaskId, new DateTimeOffset(timer.FireAt, TimeSpan.Zero),
                        () => Post(new InstanceMessage(ExecutionId, new TimerFiredEvent(timer.TaskId, timer.FireAt))));
                    break;
                case SubOrchestrationCreatedEvent created:
                    (children ??= []).Add((created.TaskId, StartChildAsync(created)));
                    break;
            }
        }

        if (children is not null)
        {
            await Task.WhenAll(children.Select(c => c.Start)).ConfigureAwait(false);
            foreach (var (taskId, _) in children)
            {
                _dispatched.Add(taskId);
            }
        }
    }

    /// <summary>
    /// Starts a child instance, idempotently: a child already started for this very call is left alone (or, if
    /// finished, its result is delivered); a finished instance with the id is replaced; a running one that is not
    /// ours fails the call.
    /// </summary>
    private async Task StartChildAsync(SubOrchestrationCreatedEvent created)
    {
        var parent = new ParentInstance(InstanceId, ExecutionId, created.TaskId);
        var existing = await _runtime.Store.ReadAsync(created.InstanceId, _runtime.Lifetime).ConfigureAwait(false);
        if (existing is not null && existing.State.Parent == parent)
        {
            if (existing.State.IsFinished)
            {
                Post(new InstanceMessage(ExecutionId, ChildResult(created.TaskId, existing.State)));
            }

            return;
        }

        if (existing is { State.IsFinished: false })
        {
            Post(new InstanceMessage(ExecutionId,
                new SubOrchestrationFailedEvent(created.TaskId, Failures.AlreadyExists(created.InstanceId, existing.State.Status))));
            return;
        }

        await _runtime.CreateInstanceAsync(created.Name, created.InstanceId, created.Input, parent, null, existing, _runtime.Lifetime)
            .ConfigureAwait(false);
    }

    /// <summary>The result event a finished child sends its parent.</summary>
    private static ResultEvent ChildResult(int taskId, InstanceState child) => child.Status switch
    {
        OrchestrationRuntimeStatus.Completed => new SubOrchestrationCompletedEvent(taskId, child.Output),
        OrchestrationRuntimeStatus.Terminated => new SubOrchestrationFailedEvent(taskId, Failures.Terminated(child.InstanceId, child.Output)),
        _ => new SubOrchestrationFailedEvent(taskId, child.FailureDetails
            ?? new TaskFailureDetails("OrchestrationFailed", $"The sub-orchestration instance '{child.InstanceId}' failed.")),
    };

    private void ArmTimer(int key, DateTimeOffset dueAt, Action fire)
    {
        lock (_timers)
        {
            if (_finished || _timers.ContainsKey(key))
            {
                return;
            }
        }

        var timer = DurableTimer.Start(_runtime.Time, dueAt, () =>
        {
            lock (_timers)
            {
                _timers.Remove(key);
            }

            fire();
        });
        lock (_timers)
        {
            if (!timer.IsDone)
            {
                _timers[key] = timer;
            }
        }
    }

    /// <summary>Disarms every timer of this runner (finished, or the engine stopping).</summary>
    public void DisposeTimers()
    {
        lock (_timers)
        {
            foreach (var timer in _timers.Values)
            {
                timer.Dispose();
            }

            _timers.Clear();
        }
    }
}
