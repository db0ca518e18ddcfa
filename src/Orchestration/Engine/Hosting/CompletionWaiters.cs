using System.Collections.Concurrent;

namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>Wakes clients waiting for an instance to finish, as soon as its final state is written.</summary>
internal sealed class CompletionWaiters
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next <see cref="Signal"/> for <paramref name="instanceId"/>. Register before reading the state.</summary>
    public Task Register(string instanceId) =>
        _waiters.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Signal(string instanceId)
    {
        if (_waiters.TryRemove(instanceId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
