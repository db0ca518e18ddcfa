namespace Tidewater.Orchestration.Engine.Hosting;

/// <summary>A count of outstanding work that can be awaited to reach zero (idle detection, draining on stop).</summary>
internal sealed class WorkCounter
{
    private readonly Lock _lock = new();
    private long _count;
    private TaskCompletionSource? _zero;

    /// <summary>The current count.</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Increment(int amount = 1)
    {
        lock (_lock)
        {
            _count += amount;
        }
    }

    public void Decrement(int amount = 1)
    {
        TaskCompletionSource? reached = null;
        lock (_lock)
        {
            _count -= amount;
            if (_count == 0)
            {
                reached = _zero;
                _zero = null;
            }
        }

        reached?.TrySetResult();
    }

    /// <summary>Completes when the count is zero.</summary>
    public Task WaitForZeroAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_count == 0)
            {
                return Task.CompletedTask;
            }

            _zero ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _zero.Task.WaitAsync(cancellationToken);
        }
    }
}
