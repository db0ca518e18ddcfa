using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Tests.Generation;

public class TimelineTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_Progress_StaysInSpanAndAscends()
    {
        var timeline = new Timeline(Start, TimeSpan.FromHours(24), 1000);

        var times = Enumerable.Range(0, 1000).Select(i => timeline.At(i, 0.5)).ToList();

        Assert.Equal(times.Order(), times);
        Assert.True(times[0] >= Start.AddHours(-24));
        Assert.True(times[^1] < Start);
    }

    [Fact]
    public void AtNight_SpanWithNight_ReturnsNightInstantsWithinSpan()
    {
        var timeline = new Timeline(Start, TimeSpan.FromHours(24), 1);

        foreach (var u in new[] { 0.0, 0.25, 0.5, 0.999 })
        {
            var night = timeline.AtNight(u)!.Value;
            Assert.InRange(night.UtcDateTime.Hour, 0, 5);
            Assert.InRange(night, Start.AddHours(-24), Start);
        }
    }

    [Fact]
    public void AtNight_SpanWithoutNight_ReturnsNull()
    {
        var timeline = new Timeline(Start, TimeSpan.FromHours(2), 1);

        Assert.Null(timeline.AtNight(0.5));
    }

    [Fact]
    public void ToTime_RoundsDownToMilliseconds()
    {
        var time = Timeline.ToTime(Start.UtcTicks + 12_345_678);

        Assert.Equal(Start.AddTicks(12_340_000), time);
    }
}
