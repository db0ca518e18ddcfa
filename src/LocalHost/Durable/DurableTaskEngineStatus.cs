namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Whether the local engine can take client calls: its task hub exists and its dispatchers run. Until then the
/// DurableTaskClient's calls fail inside the sidecar, so the batch routes answer 503 and health reports "starting".
/// </summary>
public sealed class DurableTaskEngineStatus
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the hub exists and the dispatchers started.</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsReady"/> becomes true.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Marks the engine ready (once; later calls do nothing).</summary>
    internal void MarkReady() => _ready.TrySetResult();
}
