using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

internal sealed partial class OrchestrationSession
{
    /// <summary>Registers a call: matched against history while replaying, recorded and dispatched otherwise.</summary>
    internal Task<T> Schedule<T>(ActionEvent action, string name)
    {
        var task = new OpenTask<T>(action, name);
        _open.Add(action.TaskId, task);
        Record(action);
        return task.Task;
    }

    /// <summary>Registers a durable timer; cancelling <paramref name="cancellationToken"/> cancels its task (the timer itself stays recorded, as in Durable).</summary>
    internal Task ScheduleTimer(TimerCreatedEvent action, CancellationToken cancellationToken)
    {
        var task = new OpenTask<bool>(action, string.Empty);
        _open.Add(action.TaskId, task);
        Record(action);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() => CancelTimer(task));
        }

        return task.Task;
    }

    private void CancelTimer(OpenTask task)
    {
        if (!_scheduler.IsActive)
        {
            OnStray(); // cancelled outside an episode: not deterministic
            return;
        }

        if (_open.Remove(task.Id))
        {
            task.TryCancel();
        }
    }

    private void Record(ActionEvent action)
    {
        if (IsReplaying)
        {
            _unconfirmed.Add(action.TaskId, action);
        }
        else
        {
            _episode.Add(action);
            _outbound.Add(action);
        }
    }

    private void OnStray()
    {
        _stray = true;
        _onStray();
    }

    private static void Complete(OpenTask task, ResultEvent result)
    {
        switch (result)
        {
            case TaskCompletedEvent completed:
                task.Complete(completed.Result);
                break;
            case SubOrchestrationCompletedEvent completed:
                task.Complete(completed.Result);
                break;
            case TimerFiredEvent:
                task.Complete(null);
                break;
            case TaskFailedEvent failed:
                task.Fail(failed.FailureDetails);
                break;
            case SubOrchestrationFailedEvent failed:
                task.Fail(failed.FailureDetails);
                break;
        }
    }
}
