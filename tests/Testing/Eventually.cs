namespace Tidewater.Testing;

/// <summary>
/// Waits for a background outcome (a queue drained by a listener, an orchestration reaching a state) with a bounded deadline. The condition is the
/// assertion; the delay between checks decides nothing.
/// </summary>
public static class Eventually
{
    /// <summary>Probes until <paramref name="done"/> holds, for at most <paramref name="seconds"/>.</summary>
    /// <exception cref="TimeoutException">It did not hold in time; the message names <paramref name="what"/> and the last value.</exception>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds > seconds)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(50);
        }
    }
}
