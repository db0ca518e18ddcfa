using System.Collections.Concurrent;
using System.Threading.Channels;
using Azure;
using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine.History;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>
/// What the running engine's parts share: settings, storage, the instance runners, the work queues (runners ready
/// for a turn, activities to run) and the counters that tell when it is idle.
/// </summary>
internal sealed class EngineRuntime(
    LocalOrchestrationEngineOptions options,
    OrchestrationRegistry registry,
    InstanceStore store,
    IServiceProvider services,
    TimeProvider time,
    ILoggerFactory loggerFactory,
    CancellationToken lifetime)
{
    private volatile bool _stopping;

    public LocalOrchestrationEngineOptions Options => options;

    public OrchestrationRegistry Registry => registry;

    public InstanceStore Store => store;

    public IServiceProvider Services => services;

    public TimeProvider Time => time;

    public ILoggerFactory LoggerFactory => loggerFactory;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("Tidewater.Orchestration.Engine");

    /// <summary>Cancelled when the engine stops (after draining) or crashes: every storage call stops with it.</summary>
    public CancellationToken Lifetime => lifetime;

    /// <summary>Messages and activities not yet processed: zero means idle (timers may still be armed).</summary>
    public WorkCounter Pending { get; } = new();

    /// <summary>Runners queued for or running a turn.</summary>
    public WorkCounter Scheduled { get; } = new();

    public CompletionWaiters Waiters { get; } = new();

    public ConcurrentDictionary<string, InstanceRunner> Runners { get; } = new(StringComparer.Ordinal);

    public Channel<InstanceRunner> Ready { get; } = Channel.CreateUnbounded<InstanceRunner>();

    public Channel<ActivityWorkItem> Activities { get; } = Channel.CreateUnbounded<ActivityWorkItem>();

    /// <summary>True once stopping: turns still checkpoint, but nothing new is dispatched.</summary>
    public bool Stopping
    {
        get => _stopping;
        set => _stopping = value;
    }

    /// <summary>Creates the runner of a stored instance and wakes it.</summary>
    public InstanceRunner Start(StoredInstance instance, bool historyIsEmpty)
    {
        var runner = new InstanceRunner(this, instance, historyIsEmpty);
        Runners[instance.State.InstanceId] = runner;
        runner.Post(new InstanceMessage(instance.State.ExecutionId, null));
        return runner;
    }

    public void EnqueueActivity(ActivityWorkItem item)
    {
        Pending.Increment();
        Activities.Writer.TryWrite(item);
    }

    /// <summary>
    /// Writes a new Pending instance (replacing <paramref name="replacing"/>, a finished one, if given) and starts it.
    /// </summary>
    /// <exception cref="RequestFailedException">Another writer created or changed the instance first.</exception>
    public async Task<InstanceRunner> CreateInstanceAsync(string name, string instanceId, string? input, ParentInstance? parent,
        DateTimeOffset? startAt, StoredInstance? replacing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = new InstanceState
        {
            InstanceId = instanceId,
            Name = name,
            ExecutionId = Guid.NewGuid().ToString("N"),
            Status = OrchestrationRuntimeStatus.Pending,
            CreatedAt = now,
            LastUpdatedAt = now,
            ScheduledStartAt = startAt,
            Input = input,
            Parent = parent,
        };
        var conditions = replacing is null ? BlobRequestConditions.IfNotExists() : new BlobRequestConditions { IfMatch = replacing.ETag };
        var etag = await store.WriteAsync(state, conditions, cancellationToken).ConfigureAwait(false);
        var runner = Start(new StoredInstance(state, etag), historyIsEmpty: true);
        if (replacing is not null)
        {
            try
            {
                await store.DeleteHistoryAsync(BlobLayout.ExecutionPrefix(instanceId, replacing.State.ExecutionId), cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException)
            {
                // Best effort: an orphaned history of a replaced execution is removed when the instance is purged.
            }
        }

        return runner;
    }
}
