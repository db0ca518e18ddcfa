using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

internal sealed partial class OrchestrationSession
{
    private NonDeterministicOrchestrationException? _replayFailure;

    /// <summary>
    /// Replays <paramref name="history"/>: runs the orchestrator, feeding it the recorded results, and checks that
    /// every call it makes matches the call recorded at the same sequence position. A divergence is kept and fails
    /// the instance in the next episode.
    /// </summary>
    public void Replay(IReadOnlyList<HistoryEvent> history)
    {
        if (history.LastOrDefault(IsTerminalEvent) is { } terminal)
        {
            // Finished already (its state blob was not updated before a crash): nothing to run.
            _recordedCustomStatus = history.OfType<CustomStatusSetEvent>().LastOrDefault()?.CustomStatus;
            IsStarted = true;
            Terminal = terminal;
            return;
        }

        if (_orchestrator is null)
        {
            IsStarted = history.Any(e => e is ExecutionStartedEvent); // the next episode fails it: not found
            return;
        }

        IsReplaying = true;
        try
        {
            _scheduler.Run(() =>
            {
                try
                {
                    foreach (var item in history)
                    {
                        ApplyRecorded(item);
                    }
                }
                catch (NonDeterministicOrchestrationException e)
                {
                    _replayFailure = e;
                }
            });
        }
        finally
        {
            IsReplaying = false;
        }
    }

    private static bool IsTerminalEvent(HistoryEvent item) =>
        item is ExecutionCompletedEvent or ExecutionFailedEvent or ExecutionTerminatedEvent;

    private void ApplyRecorded(HistoryEvent item)
    {
        switch (item)
        {
            case OrchestratorStartedEvent started:
                Now = started.Timestamp;
                break;
            case ExecutionStartedEvent:
                Start();
                break;
            case ActionEvent action:
                Confirm(action);
                break;
            case ResultEvent result:
                if (_open.Remove(result.TaskScheduledId, out var task))
                {
                    Complete(task, result);
                }

                break;
            case CustomStatusSetEvent status:
                _recordedCustomStatus = status.CustomStatus;
                break;
        }
    }

    private void Confirm(ActionEvent recorded)
    {
        var position = recorded.TaskId;
        if (!_unconfirmed.Remove(position, out var made))
        {
            throw new NonDeterministicOrchestrationException(position,
                $"at sequence position {position} the history of orchestrator '{Name}' recorded a call of {recorded.Describe()}, " +
                "but the replayed orchestrator has not (yet?) made a call at that position. Was the orchestrator code changed " +
                "after this instance started?");
        }

        if (made.GetType() != recorded.GetType() || !string.Equals(CallName(made), CallName(recorded), StringComparison.OrdinalIgnoreCase))
        {
            throw new NonDeterministicOrchestrationException(position,
                $"at sequence position {position} the history of orchestrator '{Name}' recorded a call of {recorded.Describe()}, " +
                $"but the replayed orchestrator called {made.Describe()} there. Was the orchestrator code changed after this " +
                "instance started?");
        }

        if (_open.TryGetValue(position, out var task))
        {
            task.Action = recorded; // what was checkpointed is what gets dispatched again
        }
    }

    private static string CallName(ActionEvent action) => action switch
    {
        TaskScheduledEvent scheduled => scheduled.Name,
        SubOrchestrationCreatedEvent created => created.Name,
        _ => string.Empty,
    };

    private void Start()
    {
        IsStarted = true;
        if (_orchestrator is not null)
        {
            var orchestrator = _orchestrator;
            _run = Task.Factory.StartNew(() => orchestrator.RunAsync(_context), CancellationToken.None,
                TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
        }
    }
}
