using System.Diagnostics;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Creates the task hub, then runs InProcessTestHost's <see cref="TaskHubGrpcServer"/> (API server and dispatcher)
/// over the Azure Storage provider on the <see cref="SidecarEndpoint"/> socket; on stop, stops the dispatchers and
/// the provider (partition leases released) and then the socket.
/// </summary>
internal sealed class DurableTaskSidecarHost(
    AzureStorageOrchestrationService service,
    SidecarEndpoint endpoint,
    IOptions<DurableTaskEngineOptions> options,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<DurableTaskSidecarHost>();
    private readonly SidecarLifetime _lifetime = new();
    private WebApplication? _server;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.ListenUnixSocket(endpoint.SocketPath, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(_ => new TaskHubGrpcServer(
            _lifetime,
            loggerFactory,
            service,
            service,
            Options.Create(new TaskHubGrpcServerOptions { Mode = TaskHubGrpcServerMode.ApiServerAndDispatcher })));
        _server = builder.Build();
        _server.UseRouting();
        _server.MapGrpcService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);

        // Constructing the server here makes it subscribe to the lifetime before it is signalled started.
        _ = _server.Services.GetRequiredService<TaskHubGrpcServer>();
        _lifetime.NotifyStarted();
        var engine = options.Value;
        _logger.HubReady(engine.HubName, endpoint.SocketPath, engine.PartitionCount, engine.WorkerId, started.ElapsedMilliseconds);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _logger.Stopping(options.Value.HubName);

        // The server stops its dispatchers on this signal (without a handle to await); the provider stop below is
        // the one that waits: it releases this worker's partition leases so another process takes them at once.
        _lifetime.NotifyStopping();
        try
        {
            await service.StopAsync(isForced: false).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A slow stop must not leave the server running: nothing is lost, the leases just expire instead.
            _logger.StopTimedOut(options.Value.HubName);
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
    }
}
