using Azure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tidewater.Orchestration.Engine.Hosting;
using Tidewater.Orchestration.Engine.Persistence;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine;

/// <summary>
/// The local orchestration engine: runs the registered orchestrators and activities of one task hub with durable,
/// event-sourced history in Blob storage, as Durable Functions runs them in production. One host per task hub.
/// </summary>
/// <remarks>
/// <para>Start-up takes the task hub's lease (<see cref="HostLeaseUnavailableException"/> if a live host holds it)
/// and resumes every unfinished instance by replaying its history. Running instances stay in memory between
/// episodes; each episode's events are checkpointed with one append before anything it caused is dispatched, and
/// results arriving during a checkpoint are batched into the next one.</para>
/// <para>Stopping lets running activities finish (until the host's shutdown token fires), checkpoints what is
/// queued, and releases the lease. Start is in this file; stop, recovery, lease renewal, workers, retention and test
/// hooks are in the partial files named by concern.</para>
/// </remarks>
public sealed partial class LocalOrchestrationEngine : IHostedService, IAsyncDisposable
{
    private readonly OrchestrationRegistry _registry;
    private readonly LocalOrchestrationEngineOptions _options;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly InstanceStore _store;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly CancellationTokenSource _stopActivities = new();
    private readonly CancellationTokenSource _abortActivities = new();
    private EngineRuntime? _runtime;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HostLease? _lease;
    private Task? _stopping;
    private Task[] _workers = [];
    private Task[] _activityWorkers = [];
    private Task _leaseRenewal = Task.CompletedTask;
    private int _state; // 0 created, 1 running, 2 stopped

    /// <summary>Creates the engine (it does nothing until started).</summary>
    /// <param name="registry">The orchestrators and activities it runs.</param>
    /// <param name="blobService">The storage account holding the task hub.</param>
    /// <param name="options">Task hub, concurrency and retention settings.</param>
    /// <param name="services">Services for activities (a scope per call).</param>
    /// <param name="timeProvider">The clock of episodes, durable timers, retries and heartbeats.</param>
    /// <param name="loggerFactory">Logging; none if null.</param>
    public LocalOrchestrationEngine(OrchestrationRegistry registry, BlobServiceClient blobService,
        IOptions<LocalOrchestrationEngineOptions> options, IServiceProvider services, TimeProvider timeProvider,
        ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(blobService);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _options = options.Value;
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("Tidewater.Orchestration.Engine");
        _store = new InstanceStore(blobService.GetBlobContainerClient(_options.ContainerName));
    }

    /// <summary>The task hub.</summary>
    public string HubName => _options.HubName;

    /// <summary>The blob container holding the task hub.</summary>
    public string ContainerName => _options.ContainerName;

    /// <summary>True between a successful start and stop.</summary>
    public bool IsRunning => Volatile.Read(ref _state) == 1 && !_lifetime.IsCancellationRequested;

    internal InstanceStore Store => _store;

    /// <summary>Completes once the engine has started (it may start in the background, after storage becomes reachable).</summary>
    public Task Started => _started.Task;

    internal EngineRuntime Runtime => IsRunning && _runtime is { } runtime
        ? runtime
        : throw new InvalidOperationException("The local orchestration engine is not running.");

    /// <summary>The running engine's runtime, waiting for a start still under way (bounded by <paramref name="cancellationToken"/>).</summary>
    internal async Task<EngineRuntime> RuntimeWhenRunningAsync(CancellationToken cancellationToken)
    {
        await Started.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Runtime;
    }

    /// <summary>Takes the task hub's lease, resumes unfinished instances and starts the workers.</summary>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">The options are not valid.</exception>
    /// <exception cref="HostLeaseUnavailableException">Another live host runs this task hub.</exception>
    /// <exception cref="InvalidOperationException">The engine was started before.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("An orchestration engine starts once; create a new one to start again.");
        }

        try
        {
            _options.Validate();
            _registry.Freeze();
            await _store.Container.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _lease = await HostLease.AcquireAsync(_store.Container, _options, _time, _logger, cancellationToken).ConfigureAwait(false);
            var runtime = new EngineRuntime(_options, _registry, _store, _services, _time, _loggerFactory, _lifetime.Token);
            var recovered = await RecoverAsync(runtime, cancellationToken).ConfigureAwait(false);
            _runtime = runtime;
            _leaseRenewal = RenewLeaseAsync(_lease);
            _workers = [.. Enumerable.Range(0, _options.MaxConcurrentOrchestratorFunctions).Select(_ => Task.Run(() => RunTurnsAsync(runtime)))];
            _activityWorkers = [.. Enumerable.Range(0, _options.MaxConcurrentActivityFunctions).Select(_ => Task.Run(() => RunActivitiesAsync(runtime)))];
            Log.EngineStarted(_logger, HubName, ContainerName, recovered);
            _started.TrySetResult();
        }
        catch (Exception e)
        {
            // Not started: nothing to stop later; give the lease back if it was taken. Storage that could not be
            // reached leaves the engine startable again, so a host can start before its storage.
            bool transient = e is RequestFailedException or HttpRequestException or IOException;
            Volatile.Write(ref _state, transient ? 0 : 2);
            if (_lease is not null)
            {
                try
                {
                    await _lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception release) when (release is RequestFailedException or HttpRequestException or IOException)
                {
                    // The lease expires by itself within its 15 s.
                }

                _lease = null;
            }

            throw;
        }
    }
}
