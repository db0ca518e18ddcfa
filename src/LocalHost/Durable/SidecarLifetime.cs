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
    private readonly Lock _gate = new();
    private bool _disposed;

    /// <inheritdoc />
    public CancellationToken ApplicationStarted => _started.Token;

    /// <inheritdoc />
    public CancellationToken ApplicationStopping => _stopping.Token;

    /// <inheritdoc />
    public CancellationToken ApplicationStopped => _stopped.Token;

    /// <summary>Signals started.</summary>
    public void NotifyStarted() => Signal(_started);

    /// <summary>Signals stopping (again, or after disposal: nothing happens).</summary>
    public void NotifyStopping() => Signal(_stopping);

    /// <summary>Signals stopped (again, or after disposal: nothing happens).</summary>
    public void NotifyStopped() => Signal(_stopped);

    /// <inheritdoc />
    public void StopApplication() => NotifyStopping();

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _started.Dispose();
            _stopping.Dispose();
            _stopped.Dispose();
        }
    }

    // A host may stop its services after disposing them (a test server's teardown does): signalling is then a no-op.
    private void Signal(CancellationTokenSource source)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                source.Cancel();
            }
        }
    }
}
