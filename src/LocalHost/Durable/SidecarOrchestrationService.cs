using DurableTask.Core;
using DurableTask.Core.History;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// The provider as the gRPC sidecar's dispatchers see it: every call goes to <paramref name="inner"/>, except that
/// start and stop happen once each (a stop waits for a start in progress, and is a no-op without one), and the events
/// an orchestration episode writes are first turned into the plain DurableTask.Core types the provider stores, and the
/// provider's concurrency limits are enforced here (<see cref="WorkItemThrottle"/>) instead of by the sidecar's polling.
/// </summary>
/// <remarks>
/// The sidecar starts the provider on a thread-pool thread when signalled started and stops it when signalled
/// stopping, without waiting; the provider's own stop throws if its start has not run yet (seen when a host stops
/// right after starting), which would kill the process. Two things the InProcessTestHost sidecar hands over break the
/// Azure Storage provider (docs/decisions.md):
/// <list type="bullet">
/// <item>its <c>GrpcSubOrchestrationInstanceCreatedEvent</c>, a subclass without <c>[DataContract]</c>: the provider's
/// table converter finds no members on it and writes an empty history row, so the parent fails on every replay
/// from storage ("The TableEntity did not contain a 'EventType' property"), e.g. after a restart;</item>
/// <item>tags as protobuf's <c>MapField</c>: the child's <c>ExecutionStarted</c> queue message names that type, which
/// the provider cannot resolve when it reads the message.</item>
/// </list>
/// Durable Functions' own host does not go through this sidecar, so it never sees either.
/// </remarks>
internal sealed class SidecarOrchestrationService(IOrchestrationService inner) : IOrchestrationService
{
    private readonly Lock _gate = new();
    private Task? _start;
    private Task? _stop;
    private readonly WorkItemThrottle _orchestrations = new(inner.MaxConcurrentTaskOrchestrationWorkItems);
    private readonly WorkItemThrottle _activities = new(inner.MaxConcurrentTaskActivityWorkItems);

    /// <inheritdoc />
    public int TaskOrchestrationDispatcherCount => inner.TaskOrchestrationDispatcherCount;

    /// <summary>No limit for the sidecar's dispatcher: the lock call waits for a free slot of the provider's limit instead.</summary>
    public int MaxConcurrentTaskOrchestrationWorkItems => int.MaxValue;

    /// <inheritdoc />
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => inner.EventBehaviourForContinueAsNew;

    /// <inheritdoc />
    public int TaskActivityDispatcherCount => inner.TaskActivityDispatcherCount;

    /// <summary>No limit for the sidecar's dispatcher: the lock call waits for a free slot of the provider's limit instead.</summary>
    public int MaxConcurrentTaskActivityWorkItems => int.MaxValue;

    /// <summary>Orchestration work items locked now (at most the provider's <c>MaxConcurrentTaskOrchestrationWorkItems</c>).</summary>
    internal int OrchestrationsHeld => _orchestrations.Held;

    /// <summary>Activity work items locked now (at most the provider's <c>MaxConcurrentTaskActivityWorkItems</c>).</summary>
    internal int ActivitiesHeld => _activities.Held;

    /// <summary>Replaces tags that are not a <see cref="Dictionary{TKey, TValue}"/> with a copy that is.</summary>
    internal static void NormalizeTags(HistoryEvent? historyEvent)
    {
        switch (historyEvent)
        {
            case ExecutionStartedEvent started when NeedsCopy(started.Tags):
                started.Tags = new Dictionary<string, string>(started.Tags!);
                break;
            case SubOrchestrationInstanceCreatedEvent created when NeedsCopy(created.Tags):
                created.Tags = new Dictionary<string, string>(created.Tags!);
                break;
            case TaskScheduledEvent scheduled when NeedsCopy(scheduled.Tags):
                scheduled.Tags = new Dictionary<string, string>(scheduled.Tags!);
                break;
        }
    }

    /// <inheritdoc />
    public Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(newOrchestrationRuntimeState);
        var newEvents = newOrchestrationRuntimeState.NewEvents;
        for (int i = 0; i < newEvents.Count; i++)
        {
            if (AsStorable(newEvents[i]) is { } storable)
            {
                int inHistory = newOrchestrationRuntimeState.Events.IndexOf(newEvents[i]);
                if (inHistory >= 0)
                {
                    newOrchestrationRuntimeState.Events[inHistory] = storable;
                }

                newEvents[i] = storable;
            }

            NormalizeTags(newEvents[i]);
        }

        foreach (var message in (outboundMessages ?? []).Concat(orchestratorMessages ?? []).Concat(timerMessages ?? []))
        {
            NormalizeTags(message.Event);
        }

        NormalizeTags(continuedAsNewMessage?.Event);
        return inner.CompleteTaskOrchestrationWorkItemAsync(
            workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages, timerMessages, continuedAsNewMessage, orchestrationState);
    }

    /// <summary>Starts the provider, once; not at all once a stop was asked for.</summary>
    public Task StartAsync()
    {
        lock (_gate)
        {
            return _stop is not null ? Task.CompletedTask : _start ??= inner.StartAsync();
        }
    }

    /// <summary>Stops the provider, once, after its start (nothing to do when it never started or its start failed).</summary>
    public Task StopAsync() => StopAsync(isForced: false);

    /// <inheritdoc cref="StopAsync()" />
    public Task StopAsync(bool isForced)
    {
        lock (_gate)
        {
            return _stop ??= StopOnceAsync(_start, isForced);
        }
    }

    /// <inheritdoc />
    public Task CreateAsync() => inner.CreateAsync();

    /// <inheritdoc />
    public Task CreateAsync(bool recreateInstanceStore) => inner.CreateAsync(recreateInstanceStore);

    /// <inheritdoc />
    public Task CreateIfNotExistsAsync() => inner.CreateIfNotExistsAsync();

    /// <inheritdoc />
    public Task DeleteAsync() => inner.DeleteAsync();

    /// <inheritdoc />
    public Task DeleteAsync(bool deleteInstanceStore) => inner.DeleteAsync(deleteInstanceStore);

    /// <inheritdoc />
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        inner.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => inner.GetDelayInSecondsAfterOnProcessException(exception);

    /// <inheritdoc />
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => inner.GetDelayInSecondsAfterOnFetchException(exception);

    /// <inheritdoc />
    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        _orchestrations.LockAsync(() => inner.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => inner.RenewTaskOrchestrationWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => inner.AbandonTaskOrchestrationWorkItemAsync(workItem);

    /// <inheritdoc />
    public async Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        try
        {
            await inner.ReleaseTaskOrchestrationWorkItemAsync(workItem);
        }
        finally
        {
            _orchestrations.Return(workItem);
        }
    }

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        _activities.LockAsync(() => inner.LockNextTaskActivityWorkItem(receiveTimeout, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => inner.RenewTaskActivityWorkItemLockAsync(workItem);

    /// <inheritdoc />
    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        try
        {
            await inner.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
        }
        finally
        {
            // The sidecar abandons a work item whose completion threw; the slot is free either way.
            _activities.Return(workItem);
        }
    }

    /// <inheritdoc />
    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        try
        {
            await inner.AbandonTaskActivityWorkItemAsync(workItem);
        }
        finally
        {
            _activities.Return(workItem);
        }
    }

    /// <summary>A plain <see cref="SubOrchestrationInstanceCreatedEvent"/> copy of a subclass of it; null for any other event.</summary>
    internal static SubOrchestrationInstanceCreatedEvent? AsStorable(HistoryEvent historyEvent) =>
        historyEvent is SubOrchestrationInstanceCreatedEvent created && created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent)
            ? new SubOrchestrationInstanceCreatedEvent(created.EventId)
            {
                Name = created.Name,
                Version = created.Version,
                InstanceId = created.InstanceId,
                Input = created.Input,
                ClientSpanId = created.ClientSpanId,
                Tags = created.Tags,
                Timestamp = created.Timestamp,
                IsPlayed = created.IsPlayed,
            }
            : null;

    private async Task StopOnceAsync(Task? start, bool isForced)
    {
        if (start is null)
        {
            return;
        }

        await start.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (start.IsCompletedSuccessfully)
        {
            await inner.StopAsync(isForced).ConfigureAwait(false);
        }
    }

    private static bool NeedsCopy(IDictionary<string, string>? tags) => tags is not null and not Dictionary<string, string>;
}
