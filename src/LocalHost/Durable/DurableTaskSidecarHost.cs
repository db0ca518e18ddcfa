using System.Diagnostics;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Runs InProcessTestHost's <see cref="TaskHubGrpcServer"/> (API server and dispatcher) over the Azure Storage
/// provider on the <see cref="SidecarEndpoint"/> socket, and starts its dispatchers once the task hub exists; on stop,
/// stops the dispatchers and the provider (partition leases released) and then the socket.
/// </summary>
/// <remarks>
/// Storage that is down when the host starts does not stop it (the real-time path answers 503 meanwhile, as under
/// Functions): the hub is created in the background, retrying with a doubling delay of at most 30 s.
/// </remarks>
internal sealed class DurableTaskSidecarHost(
    AzureStorageOrchestrationService service,
    SidecarEndpoint endpoint,
    IOptions<DurableTaskEngineOptions> options,
    ILoggerFactory loggerFactory,
    DurableTaskEngineStatus status,
    TimeProvider time) : IHostedService, IAsyncDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableTaskSidecarHost>();
    private readonly SidecarLifetime _lifetime = new();
    private readonly SidecarOrchestrationService _dispatched = new(service);
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _server;
    private Task<bool> _hubReady = Task.FromResult(false);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.ListenUnixSocket(endpoint.SocketPath, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(_ => new TaskHubGrpcServer(
            _lifetime,
            loggerFactory,
            _dispatched,
            service,
            Options.Create(new TaskHubGrpcServerOptions { Mode = TaskHubGrpcServerMode.ApiServerAndDispatcher })));
        _server = builder.Build();
        _server.UseRouting();
        _server.MapGrpcService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);

        // Constructing the server here makes it subscribe to the lifetime before it is signalled started.
        _ = _server.Services.GetRequiredService<TaskHubGrpcServer>();
        _hubReady = CreateHubThenDispatchAsync(started, _stopping.Token);
    }

    /// <summary>Creates the hub (retrying while storage is unreachable), then starts the dispatchers.</summary>
    /// <returns>True once the dispatchers run; false when the host stopped first.</returns>
    private async Task<bool> CreateHubThenDispatchAsync(Stopwatch started, CancellationToken stopping)
    {
        var engine = options.Value;
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await service.CreateIfNotExistsAsync().WaitAsync(stopping).ConfigureAwait(false);
                break;
            }
            catch (Exception failure) when (StorageFailures.IsUnreachable(failure))
            {
                _logger.HubUnreachable(engine.HubName, failure.GetBaseException().Message, delay.TotalSeconds);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return false;
            }

            try
            {
                await Task.Delay(delay, time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }

        _lifetime.NotifyStarted();
        status.MarkReady();
        _logger.HubReady(engine.HubName, endpoint.SocketPath, engine.PartitionCount, engine.WorkerId, started.ElapsedMilliseconds);
        return true;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _logger.Stopping(options.Value.HubName);
        await _stopping.CancelAsync().ConfigureAwait(false);
        bool dispatching = await _hubReady.ConfigureAwait(false);

        // The server stops its dispatchers on this signal (without a handle to await); the provider stop below is
        // the one that waits: it releases this worker's partition leases so another process takes them at once.
        // Dispatchers that never started are not signalled: stopping a provider that never started throws.
        if (dispatching)
        {
            _lifetime.NotifyStopping();
            try
            {
                await _dispatched.StopAsync(isForced: false).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // A slow stop must not leave the server running: nothing is lost, the leases just expire instead.
                _logger.StopTimedOut(options.Value.HubName);
            }
        }

        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        _lifetime.NotifyStopped();
        _logger.Stopped(options.Value.HubName);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _lifetime.Dispose();
        _stopping.Dispose();
    }
}
