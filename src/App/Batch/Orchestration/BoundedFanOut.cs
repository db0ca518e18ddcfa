namespace Tidewater.App.Batch;

/// <summary>
/// Runs one task per item with at most a given number in flight, starting the next as soon as any finishes
/// (<see cref="Task.WhenAny(IEnumerable{Task})"/>): the per-fan-out cap Durable Functions lacks, built on the port so
/// both hosts behave the same.
/// </summary>
/// <remarks>
/// Safe in orchestrators: it awaits only the tasks <c>start</c> returns, combined with <c>WhenAny</c>, and starts items
/// in list order, so a replay schedules the same calls in the same order. Results come back in item order whatever
/// the completion order. A failing task fails the whole fan-out; isolate failures inside <c>start</c>.
/// </remarks>
public static class BoundedFanOut
{
    /// <summary>Starts <paramref name="start"/> for every item, at most <paramref name="maxInFlight"/> at a time.</summary>
    /// <returns>The results, in the order of <paramref name="items"/>.</returns>
    public static async Task<TResult[]> RunAsync<TItem, TResult>(IReadOnlyList<TItem> items, int maxInFlight, Func<TItem, Task<TResult>> start)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        var results = new TResult[items.Count];
        var running = new Dictionary<Task<TResult>, int>(Math.Min(maxInFlight, items.Count));
        int next = 0;
        while (next < items.Count || running.Count > 0)
        {
            while (next < items.Count && running.Count < maxInFlight)
            {
                running.Add(start(items[next]), next);
                next++;
            }

            var done = await Task.WhenAny(running.Keys);
            results[running[done]] = await done;
            running.Remove(done);
        }

        return results;
    }
}
