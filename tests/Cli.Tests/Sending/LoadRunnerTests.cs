using Tidewater.Cli.Generation;
using Tidewater.Cli.Sending;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Sending;

public class LoadRunnerTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    [Fact]
    public async Task RunAsync_ConstantRate_SendsOnTheFixedSchedule()
    {
        var time = new FakeTimeProvider();
        var sink = new RecordingSink(time);
        var runner = new LoadRunner(sink, Source(count: 5), concurrency: 1, eventsPerSecond: 10, time);

        var completed = await DriveAsync(time, runner.RunAsync(CancellationToken.None));

        Assert.True(completed);
        Assert.Equal([0, 100, 200, 300, 400], sink.Calls.Select(c => Millis(c.Timestamp)));
        Assert.Equal(0, runner.Statistics.Latency.Summarize()!.Max);
    }

    [Fact]
    public async Task RunAsync_TargetStalls_LatencyCountsFromScheduledTime()
    {
        // The first request takes 1 s; with one connection the next four queue behind it. Closed-loop timing would
        // report them as instant; the open loop charges each the time since it was due.
        var time = new FakeTimeProvider();
        var sink = new RecordingSink(time, call => call == 0 ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
        var runner = new LoadRunner(sink, Source(count: 5), concurrency: 1, eventsPerSecond: 10, time);

        await DriveAsync(time, runner.RunAsync(CancellationToken.None));

        Assert.Equal([0, 1000, 1000, 1000, 1000], sink.Calls.Select(c => Millis(c.Timestamp)));
        var latency = runner.Statistics.Latency.Summarize()!;
        Assert.Equal(5, latency.Count);
        Assert.Equal(800_000, latency.P50);   // samples 1000, 900, 800, 700, 600 ms
        Assert.Equal(1_000_000, latency.Max);
        Assert.Equal(0, runner.Statistics.ServiceTime.Summarize()!.P50);
        Assert.Equal(900_000, runner.Statistics.DispatchLag.Summarize()!.P90);
    }

    [Fact]
    public async Task RunAsync_NoRate_SendsEveryBatchAtOnceInOrder()
    {
        var time = new FakeTimeProvider();
        var sink = new RecordingSink(time);
        var runner = new LoadRunner(sink, Source(count: 25, batch: 10), concurrency: 1, eventsPerSecond: 0, time);

        await DriveAsync(time, runner.RunAsync(CancellationToken.None));

        Assert.Equal([("s1-0", 10), ("s1-10", 10), ("s1-20", 5)], sink.Calls.Select(c => (c.FirstId, c.Count)));
        Assert.All(sink.Calls, c => Assert.Equal(0, c.Timestamp));
        var counts = runner.Statistics.Counts;
        Assert.Equal((3, 25, 25, 25), (counts.Requests, counts.Sent, counts.Accepted, counts.Decisions.Approve));
    }

    [Fact]
    public async Task RunAsync_RejectedAndFailed_CountedApartWithDetails()
    {
        var time = new FakeTimeProvider();
        var rejected = new RecordingSink(time, outcome: new SendOutcome(SendStatus.Rejected, 401, default, "HTTP 401"));
        var runner = new LoadRunner(rejected, Source(count: 3), concurrency: 1, eventsPerSecond: 0, time);

        await DriveAsync(time, runner.RunAsync(CancellationToken.None));

        var counts = runner.Statistics.Counts;
        Assert.Equal((3, 0, 3, 0), (counts.Sent, counts.Accepted, counts.Rejected, counts.Failed));
        Assert.Equal(new KeyValuePair<string, int>("HTTP 401", 3), Assert.Single(runner.Statistics.Details));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsFalse()
    {
        var time = new FakeTimeProvider();
        using var cancellation = new CancellationTokenSource();
        var runner = new LoadRunner(new RecordingSink(time), Source(count: 100), concurrency: 1, eventsPerSecond: 10, time);

        var run = runner.RunAsync(cancellation.Token);
        await cancellation.CancelAsync();

        Assert.False(await run);
    }

    private static BatchSource Source(long count, int batch = 1) =>
        new(new TrafficGenerator(new TrafficOptions { Count = count, Start = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero) }), batch);

    private static long Millis(long timestamp) => timestamp / TimeSpan.TicksPerMillisecond;

    /// <summary>Moves fake time 1 ms whenever the run waits on a timer, until it completes.</summary>
    private static async Task<T> DriveAsync<T>(FakeTimeProvider time, Task<T> run)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (!run.IsCompleted)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the run did not finish");
            if (time.ActiveTimerCount > 0)
            {
                time.Advance(Step);
            }
            else
            {
                await Task.Delay(1); // let the workers reach their next timer (real time, not the clock under test)
            }
        }

        return await run;
    }
}
