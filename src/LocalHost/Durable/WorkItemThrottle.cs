using System.Collections.Concurrent;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// At most <paramref name="limit"/> work items locked at once, as a semaphore taken before a lock and given back when
/// the work item ends (completed, abandoned or released; each work item gives back once, however many of those
/// calls it gets).
/// </summary>
/// <remarks>
/// The sidecar's dispatchers enforce the provider's concurrency limits by polling every 500 ms once they are
/// reached (InProcessTestHost's WorkItemDispatcher), which measured 0.5 s of idle time per activity with 2 activities
/// at once (bench/results/engine.md). Waiting on this throttle inside the lock call instead starts the next work item
/// as soon as one ends, while the sidecar is told there is no limit.
/// </remarks>
/// <param name="limit">Work items locked at once; at least 1.</param>
internal sealed class WorkItemThrottle(int limit)
{
    private readonly SemaphoreSlim _slots = new(limit, limit);
    private readonly ConcurrentDictionary<object, byte> _held = new(ReferenceEqualityComparer.Instance);

    /// <summary>The number of work items that may be locked at once.</summary>
    public int Limit { get; } = limit;

    /// <summary>Work items locked now.</summary>
    public int Held => _held.Count;

    /// <summary>
    /// Waits for a free slot, then runs <paramref name="lockNext"/>; the slot stays taken by the work item it returns,
    /// and is given back at once when it returns none or throws.
    /// </summary>
    public async Task<T> LockAsync<T>(Func<Task<T>> lockNext, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(lockNext);
        await _slots.WaitAsync(cancellationToken);
        T? workItem = null;
        try
        {
            workItem = await lockNext();
            return workItem;
        }
        finally
        {
            if (workItem is null || !_held.TryAdd(workItem, 0))
            {
                _slots.Release();
            }
        }
    }

    /// <summary>Gives back the slot of <paramref name="workItem"/> if it still holds one.</summary>
    public void Return(object workItem)
    {
        if (_held.TryRemove(workItem, out _))
        {
            _slots.Release();
        }
    }
}
