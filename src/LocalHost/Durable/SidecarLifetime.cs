namespace Tidewater.LocalHost.Durable;

/// <summary>
/// The lifetime the sidecar's <c>TaskHubGrpcServer</c> watches: it starts its dispatchers on
/// <see cref="ApplicationStarted"/> and stops them (then the provider) on <see cref="ApplicationStopping"/>.
/// </summary>
/// <remarks>
/// Owned by <see cref="DurableTaskSidecarHost"/> rather than shared with the application, so the dispatchers start
/// only once the hub exists and the sidecar listens, and stop when the engine stops, not when the app starts stopping.
/// </remarks>
internal sealed class SidecarLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _stopped = new();

    /// <inheritdoc />
    public CancellationToken ApplicationStarted => _started.Token;

    /// <inheritdoc />
    public CancellationToken ApplicationStopping => _stopping.Token;

    /// <inheritdoc />
    public CancellationToken ApplicationStopped => _stopped.Token;

    /// <summary>Signals started.</summary>
    public void NotifyStarted() => _started.Cancel();

    /// <summary>Signals stopping.</summary>
    public void NotifyStopping() => _stopping.Cancel();

    /// <summary>Signals stopped.</summary>
    public void NotifyStopped() => _stopped.Cancel();

    /// <inheritdoc />
    public void StopApplication() => NotifyStopping();

    /// <inheritdoc />
    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
        _stopped.Dispose();
    }
}
