using Tidewater.Cli.Reporting;

namespace Tidewater.Cli.Sending;

/// <summary>
/// Sends every batch of a <see cref="BatchSource"/> to a sink with up to <c>concurrency</c> requests in flight,
/// either as fast as possible or on an <see cref="OpenLoopSchedule"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each of <c>concurrency</c> workers takes the next batch (in order), waits until it is due, sends it and records
/// the outcome. With a rate, due times are fixed before the run starts and latency counts from the due time, so a
/// request that could not leave on time because every worker was busy (the target is slow) is charged the wait.
/// Without a rate (0), a batch is due when a worker takes it and latency is the plain request time.
/// </para>
/// <para>
/// Timing comes from the injected <see cref="TimeProvider"/>; the lag of each send behind its due time is recorded
/// too, so a client that cannot keep up (rather than a slow target) is visible in the summary.
/// </para>
/// </remarks>
public sealed class LoadRunner(IEventSink sink, BatchSource source, int concurrency, double eventsPerSecond, TimeProvider time)
{
    /// <summary>Gets the statistics, updated while the run goes on.</summary>
    public RunStatistics Statistics { get; } = new(source.BatchCount);

    /// <summary>Gets the schedule of a constant-rate run once it has started; null when sending as fast as possible.</summary>
    public OpenLoopSchedule? Schedule { get; private set; }

    /// <summary>Gets the timestamp the run started at.</summary>
    public long StartTimestamp { get; private set; }

    /// <summary>Gets the timestamp the last request finished at (0 while running).</summary>
    public long EndTimestamp { get; private set; }

    /// <summary>Runs until every batch is sent or <paramref name="cancellationToken"/> fires.</summary>
    /// <returns>True when every batch was sent; false when cancelled.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(concurrency);
        StartTimestamp = time.GetTimestamp();
        Schedule = eventsPerSecond > 0 ? new OpenLoopSchedule(StartTimestamp, eventsPerSecond, source.BatchSize, time.TimestampFrequency) : null;
        var workers = new Task[concurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = WorkAsync(cancellationToken);
        }

        try
        {
            await Task.WhenAll(workers);
            return !cancellationToken.IsCancellationRequested || Statistics.Counts.Requests == source.BatchCount;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        finally
        {
            EndTimestamp = time.GetTimestamp();
        }
    }

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested && source.TryTake(out var index, out var batch))
        {
            long due;
            if (Schedule is { } schedule)
            {
                due = schedule.DueTimestamp(index);
                var wait = schedule.TicksUntilDue(index, time.GetTimestamp());
                if (wait > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)wait / time.TimestampFrequency), time, cancellationToken);
                }
            }
            else
            {
                due = time.GetTimestamp();
            }

            var sent = time.GetTimestamp();
            var outcome = await sink.SendAsync(batch, cancellationToken);
            var done = time.GetTimestamp();
            Statistics.Record(index, batch.Count, outcome, Micros(done - due), Micros(done - sent), Micros(sent - due));
        }
    }

    private long Micros(long ticks) => (long)(ticks * 1_000_000.0 / time.TimestampFrequency);
}
