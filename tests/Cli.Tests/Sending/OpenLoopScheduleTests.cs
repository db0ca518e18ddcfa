using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Tests.Sending;

public class OpenLoopScheduleTests
{
    private const long Frequency = TimeSpan.TicksPerSecond;

    [Fact]
    public void DueTimestamp_OneEventPerRequest_EvenlySpacedAtTheRate()
    {
        var schedule = new OpenLoopSchedule(startTimestamp: 1000, eventsPerSecond: 2000, batchSize: 1, Frequency);

        Assert.Equal(2000, schedule.RequestsPerSecond);
        Assert.Equal(1000, schedule.DueTimestamp(0));
        Assert.Equal(1000 + 5_000, schedule.DueTimestamp(1));          // 0.5 ms
        Assert.Equal(1000 + (2000 * 5_000), schedule.DueTimestamp(2000)); // 1 s
    }

    [Fact]
    public void DueTimestamp_Batches_RequestRateIsEventRateOverBatchSize()
    {
        var schedule = new OpenLoopSchedule(0, eventsPerSecond: 100, batchSize: 10, Frequency);

        Assert.Equal(10, schedule.RequestsPerSecond);
        Assert.Equal(TimeSpan.FromMilliseconds(500).Ticks, schedule.DueTimestamp(5));
    }

    [Fact]
    public void DueTimestamp_FractionalInterval_DoesNotDrift()
    {
        var schedule = new OpenLoopSchedule(0, eventsPerSecond: 3, batchSize: 1, Frequency);

        Assert.Equal(TimeSpan.FromSeconds(1000).Ticks, schedule.DueTimestamp(3000));
    }

    [Fact]
    public void TicksUntilDue_EarlyAndLate_WaitsOnlyWhenEarly()
    {
        var schedule = new OpenLoopSchedule(0, eventsPerSecond: 10, batchSize: 1, Frequency);

        Assert.Equal(TimeSpan.FromMilliseconds(70).Ticks, schedule.TicksUntilDue(1, TimeSpan.FromMilliseconds(30).Ticks));
        Assert.Equal(0, schedule.TicksUntilDue(1, TimeSpan.FromMilliseconds(300).Ticks));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(10, 0)]
    public void Constructor_NonPositiveRateOrBatch_Throws(double rate, int batch)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OpenLoopSchedule(0, rate, batch, Frequency));
    }
}
