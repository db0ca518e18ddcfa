using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

internal sealed partial class OrchestrationSession
{
    /// <summary>
    /// Runs one episode at <paramref name="now"/>: delivers <paramref name="incoming"/> results (and a termination)
    /// in order, letting the orchestrator continue after each, and returns what to checkpoint and dispatch.
    /// </summary>
    /// <remarks>
    /// Results are recorded before they are delivered, so the actions they cause follow them in the history and a
    /// replay meets them in the same order. A result for a task no longer awaited (a cancelled timer, a duplicate
    /// after a restart) is neither delivered nor recorded.
    /// </remarks>
    public EpisodeResult RunEpisode(IReadOnlyList<HistoryEvent> incoming, DateTime now)
    {
        _episode = [new OrchestratorStartedEvent(now, 0)];
        _outbound = [];
        Now = now;
        _scheduler.Run(() => RunLive(incoming));
        return new EpisodeResult(_episode, _outbound);
    }

    private void RunLive(IReadOnlyList<HistoryEvent> incoming)
    {
        if (Terminal is not null)
        {
            return;
        }

        if (_replayFailure is not null)
        {
            Finish(new ExecutionFailedEvent(Failures.Of(_replayFailure)));
            return;
        }

        foreach (var action in _unconfirmed.Values)
        {
            // Calls the replay made beyond the recorded history: new calls now.
            _episode.Add(action);
            _outbound.Add(action);
        }

        _unconfirmed.Clear();
        if (!IsStarted)
        {
            _episode.Add(new ExecutionStartedEvent(Name, ExecutionId, Input, Parent));
            if (incoming.OfType<ExecutionTerminatedEvent>().FirstOrDefault() is { } terminatedBeforeStart)
            {
                IsStarted = true;
                Finish(terminatedBeforeStart);
                return;
            }

            Start();
        }

        foreach (var item in incoming)
        {
            if (Outcome() is not null)
            {
                break;
            }

            if (item is ExecutionTerminatedEvent terminated)
            {
                Finish(terminated);
                return;
            }

            if (item is ResultEvent result && _open.Remove(result.TaskScheduledId, out var task))
            {
                _episode.Add(result);
                Complete(task, result);
            }
        }

        if (_stray)
        {
            Finish(new ExecutionFailedEvent(Failures.MultithreadedExecution()));
        }
        else if (Outcome() is { } outcome)
        {
            Finish(outcome);
        }
        else
        {
            RecordCustomStatus();
        }
    }

    private HistoryEvent? Outcome()
    {
        if (_orchestrator is null)
        {
            return new ExecutionFailedEvent(Failures.OrchestratorNotFound(Name));
        }

        if (_run is not { IsCompleted: true } run)
        {
            return null;
        }

        if (run.IsCompletedSuccessfully)
        {
            return new ExecutionCompletedEvent(run.Result);
        }

        Exception error = run.Exception?.InnerException ?? new TaskCanceledException(run);
        return new ExecutionFailedEvent(Failures.Of(error));
    }

    private void Finish(HistoryEvent terminal)
    {
        RecordCustomStatus();
        _episode.Add(terminal);
        Terminal = terminal;
    }

    private void RecordCustomStatus()
    {
        if (_customStatus != _recordedCustomStatus)
        {
            _episode.Add(new CustomStatusSetEvent(_customStatus));
            _recordedCustomStatus = _customStatus;
        }
    }
}
