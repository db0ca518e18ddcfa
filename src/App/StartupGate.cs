namespace Tidewater.App;

/// <summary>Opens once storage is prepared and duplicate detection is rebuilt; until then ingest answers 503.</summary>
public sealed class StartupGate
{
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once start-up work is done.</summary>
    public bool IsOpen => _opened.Task.IsCompleted;

    /// <summary>Completes when the gate opens.</summary>
    public Task Opened => _opened.Task;

    /// <summary>Opens the gate.</summary>
    public void Open() => _opened.TrySetResult();
}
