using Microsoft.Extensions.DependencyInjection;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Hosting;
using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Engine;

public sealed partial class LocalOrchestrationEngine
{
    /// <summary>
    /// An orchestrator worker: runs the turns of runners that have messages. There are
    /// <c>MaxConcurrentOrchestratorFunctions</c> of them, so that many episodes (with their checkpoints) at most run at once.
    /// </summary>
    private async Task RunTurnsAsync(EngineRuntime runtime)
    {
        var reader = runtime.Ready.Reader;
        try
        {
            while (await reader.WaitToReadAsync(runtime.Lifetime).ConfigureAwait(false))
            {
                while (reader.TryRead(out var runner))
                {
                    await runner.RunTurnAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (runtime.Lifetime.IsCancellationRequested)
        {
            // Stopped.
        }
#pragma warning disable CA1031 // The worker boundary: a bug must stop the engine loudly, not silently strand instances.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log.WorkerFailed(_logger, e);
            await Fence().ConfigureAwait(false);
        }
    }

    /// <summary>An activity worker: <c>MaxConcurrentActivityFunctions</c> of them run activities one at a time each.</summary>
    private async Task RunActivitiesAsync(EngineRuntime runtime)
    {
        var reader = runtime.Activities.Reader;
        try
        {
            while (!runtime.Stopping && await reader.WaitToReadAsync(_stopActivities.Token).ConfigureAwait(false))
            {
                while (!runtime.Stopping && reader.TryRead(out var item))
                {
                    await RunActivityAsync(runtime, item).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stopActivities.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Runs one activity in its own service scope and posts its result (or failure) to its instance.</summary>
    private async Task RunActivityAsync(EngineRuntime runtime, ActivityWorkItem item)
    {
        try
        {
            if (item.Runner.IsFinished)
            {
                return; // nobody awaits it any more
            }

            var action = item.Action;
            HistoryEvent result;
            if (!runtime.Registry.TryGetActivity(action.Name, out var activity))
            {
                result = new TaskFailedEvent(action.TaskId, Failures.ActivityNotFound(action.Name));
            }
            else
            {
                try
                {
                    var scope = _services.CreateAsyncScope();
                    await using (scope.ConfigureAwait(false))
                    {
                        var output = await activity.RunAsync(scope.ServiceProvider, action.Input, _abortActivities.Token).ConfigureAwait(false);
                        result = new TaskCompletedEvent(action.TaskId, output);
                    }
                }
                catch (Exception) when (_abortActivities.IsCancellationRequested)
                {
                    return; // stopping: not recorded, so it runs again after a restart (at least once)
                }
#pragma warning disable CA1031 // An activity's exception is its result: the orchestrator sees TaskFailedException.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    result = new TaskFailedEvent(action.TaskId, TaskFailureDetails.FromException(e));
                }
            }

            item.Runner.Post(new InstanceMessage(item.ExecutionId, result));
        }
        finally
        {
            runtime.Pending.Decrement();
        }
    }
}
