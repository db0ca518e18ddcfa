using Azure;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Orchestration.Engine.Runtime;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Hosting;

internal sealed partial class InstanceRunner
{
    /// <summary>One turn: load (replay) if needed, run an episode over the batch, checkpoint, dispatch, update state.</summary>
    private async Task ProcessAsync(List<InstanceMessage> batch)
    {
        var incoming = new List<HistoryEvent>(batch.Count);
        foreach (var message in batch)
        {
            if (message.ExecutionId == ExecutionId && message.Event is { } item)
            {
                incoming.Add(item);
            }
        }

        var justLoaded = false;
        if (_session is null)
        {
            await LoadAsync().ConfigureAwait(false);
            justLoaded = true;
        }

        var session = _session!;
        var now = _runtime.Time.GetUtcNow();
        if (!session.IsStarted && _state.ScheduledStartAt is { } startAt && startAt > now && !incoming.Any(e => e is ExecutionTerminatedEvent))
        {
            ArmTimer(StartTimerKey, startAt, () => Post(new InstanceMessage(ExecutionId, null)));
            return;
        }

        var episode = session.RunEpisode(incoming, now.UtcDateTime);
        if (episode.HasEvents)
        {
            // The checkpoint: nothing this episode caused leaves the process before it is durable.
            await _log!.AppendAsync(episode.Events, _runtime.Lifetime).ConfigureAwait(false);
        }

        await DispatchAsync(justLoaded ? [.. session.OpenActions] : episode.Outbound).ConfigureAwait(false);
        await UpdateStateAsync(session, now).ConfigureAwait(false);
    }

    private async Task LoadAsync()
    {
        List<HistoryEvent> history;
        if (_historyIsEmpty)
        {
            _log = HistoryLog.CreateNew(_runtime.Store.Container, InstanceId, ExecutionId);
            history = [];
            _historyIsEmpty = false; // after a failed first append the history must be read again
        }
        else
        {
            (_log, history) = await HistoryLog.OpenAsync(_runtime.Store.Container, InstanceId, ExecutionId, _runtime.Lifetime).ConfigureAwait(false);
        }

        _runtime.Registry.TryGetOrchestrator(_state.Name, out var orchestrator);
        var session = new OrchestrationSession(_state, orchestrator, _runtime.LoggerFactory, () => Post(new InstanceMessage(ExecutionId, null)));
        if (history.Count > 0)
        {
            session.Replay(history);
        }

        _session = session;
    }

    private async Task UpdateStateAsync(OrchestrationSession session, DateTimeOffset now)
    {
        var status = session.Status;
        if (status == _state.Status && session.CustomStatus == _state.CustomStatus)
        {
            return;
        }

        var finished = InstanceState.IsFinishedStatus(status);
        var next = _state with
        {
            Status = status,
            CustomStatus = session.CustomStatus,
            LastUpdatedAt = now,
            Output = session.Output,
            FailureDetails = session.FailureDetails,
            CompletedAt = finished ? now : null,
        };
        if (!await WriteStateAsync(next).ConfigureAwait(false))
        {
            Finish(notify: false); // this execution was replaced meanwhile
            return;
        }

        if (finished)
        {
            if (next.FailureDetails is { } failure && failure.ErrorType == typeof(NonDeterministicOrchestrationException).FullName)
            {
                Log.NonDeterminism(_runtime.Logger, InstanceId, failure.ErrorMessage);
            }

            Finish(notify: true);
        }
    }

    private async Task<bool> WriteStateAsync(InstanceState next)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _etag = await _runtime.Store.WriteAsync(next, new BlobRequestConditions { IfMatch = _etag }, _runtime.Lifetime).ConfigureAwait(false);
                _state = next;
                return true;
            }
            catch (RequestFailedException e) when (attempt < 3 && e.ErrorCode is StorageErrors.ConditionNotMet or StorageErrors.BlobNotFound)
            {
                var current = await _runtime.Store.ReadAsync(InstanceId, _runtime.Lifetime).ConfigureAwait(false);
                if (current is null || current.State.ExecutionId != ExecutionId)
                {
                    return false;
                }

                _etag = current.ETag;
            }
        }
    }

    /// <summary>Ends this runner: timers off, out of the engine's table, and (for a real finish) parent and waiters told.</summary>
    private void Finish(bool notify)
    {
        _finished = true;
        DisposeTimers();
        _runtime.Runners.TryRemove(new KeyValuePair<string, InstanceRunner>(InstanceId, this));
        if (!notify)
        {
            return;
        }

        Log.InstanceFinished(_runtime.Logger, InstanceId, _state.Name, _state.Status);
        if (_state.Parent is { } parent && _runtime.Runners.TryGetValue(parent.InstanceId, out var parentRunner))
        {
            parentRunner.Post(new InstanceMessage(parent.ExecutionId, ChildResult(parent.TaskId, _state)));
        }

        _runtime.Waiters.Signal(InstanceId);
    }
}
