using System.Diagnostics;

namespace Tidewater.Orchestration.Tests.Support;

/// <summary>
/// Waits for a background outcome with a bounded deadline. The condition is the assertion; the delay between
/// checks decides nothing.
/// </summary>
internal static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 30)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                throw new TimeoutException($"Timed out waiting for {what}; last value: {value}");
            }

            await Task.Delay(20);
        }
    }

    public static Task WaitAsync(Func<bool> condition, string what, int seconds = 30) =>
        WaitAsync(() => Task.FromResult(condition()), done => done, what, seconds);
}
