using Tidewater.App.Schedule;

namespace Tidewater.App.Tests.Schedule;

public sealed class CronSchedulesTests
{
    private static DateTimeOffset At(int hour, int minute, int second, int millisecond = 0) =>
        new(2026, 1, 1, hour, minute, second, millisecond, TimeSpan.Zero);

    [Theory]
    [InlineData("0 5 * * * *", 10, 0, 0, 10, 5, 0)]
    [InlineData("0 5 * * * *", 10, 5, 0, 11, 5, 0)] // strictly after
    [InlineData("30 * * * * *", 10, 0, 0, 10, 0, 30)]
    [InlineData("*/10 * * * * *", 10, 0, 5, 10, 0, 10)]
    [InlineData("15 30 2 * * *", 10, 0, 0, 2, 30, 15)] // next day
    public void NextAfter_UsesTheSecondsField(string expression, int h, int m, int s, int eh, int em, int es)
    {
        var next = CronSchedules.Parse(expression).NextAfter(At(h, m, s));

        var expected = At(eh, em, es);
        Assert.Equal(eh < h ? expected.AddDays(1) : expected, next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void NextAfter_SubSecondBase_GoesToTheNextWholeOccurrence()
    {
        var next = CronSchedules.Parse("30 * * * * *").NextAfter(At(10, 0, 29, 999));

        Assert.Equal(At(10, 0, 30), next);
    }

    [Theory]
    [InlineData("0 5 * * *")] // five fields: no seconds
    [InlineData("61 * * * * *")]
    [InlineData("every hour")]
    [InlineData("")]
    public void TryParse_Invalid_ReturnsFalseWithAReason(string expression)
    {
        Assert.False(CronSchedules.TryParse(expression, out var schedule, out var error));
        Assert.Null(schedule);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
