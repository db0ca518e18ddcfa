using Tidewater.Testing;

namespace Tidewater.Storage.Tests.Time;

public sealed class FakeTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Advance_Delta_MovesUtcNowAndTimestampTogether()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var before = time.GetTimestamp();

        // Act
        time.Advance(TimeSpan.FromMinutes(90));

        // Assert
        Assert.Equal(Start.AddMinutes(90), time.GetUtcNow());
        Assert.Equal(TimeSpan.FromMinutes(90), time.GetElapsedTime(before));
    }

    [Fact]
    public void SetUtcNow_Backwards_Throws()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);

        // Act + Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => time.SetUtcNow(Start.AddTicks(-1)));
    }

    [Fact]
    public async Task Delay_AdvancedPastDueTime_CompletesOnlyThen()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromSeconds(5), time);

        // Act
        time.Advance(TimeSpan.FromSeconds(4));
        var afterFour = delay.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.False(afterFour);
        Assert.True(delay.IsCompletedSuccessfully);
        Assert.Equal(0, time.ActiveTimerCount);
    }

    [Fact]
    public void CreateTimer_Periodic_FiresAtEachPeriodWithClockAtDueTime()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var fired = new List<DateTimeOffset>();
        using var timer = time.CreateTimer(_ => fired.Add(time.GetUtcNow()), null, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3));

        // Act
        time.Advance(TimeSpan.FromSeconds(10));

        // Assert
        Assert.Equal([Start.AddSeconds(3), Start.AddSeconds(6), Start.AddSeconds(9)], fired);
        Assert.Equal(Start.AddSeconds(10), time.GetUtcNow());
    }

    [Fact]
    public void Advance_SeveralTimers_FireInDueTimeOrder()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var order = new List<string>();
        using var late = time.CreateTimer(_ => order.Add("late"), null, TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);
        using var early = time.CreateTimer(_ => order.Add("early"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var middle = time.CreateTimer(_ => order.Add("middle"), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);

        // Act
        time.SetUtcNow(Start.AddMinutes(1));

        // Assert
        Assert.Equal(["early", "middle", "late"], order);
    }

    [Fact]
    public void CreateTimer_DueTimeZero_FiresAtOnce()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var count = 0;

        // Act
        using var timer = time.CreateTimer(_ => count++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        // Assert
        Assert.Equal(1, count);
    }

    [Fact]
    public void Timer_DisposedOrChangedToInfinite_DoesNotFire()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var count = 0;
        var disposed = time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        using var disarmed = time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        // Act
        disposed.Dispose();
        disarmed.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromHours(1));

        // Assert
        Assert.Equal(0, count);
    }

    [Fact]
    public void Change_Rescheduled_FiresAtNewDueTime()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        DateTimeOffset? firedAt = null;
        using var timer = time.CreateTimer(_ => firedAt = time.GetUtcNow(), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromSeconds(2));

        // Act
        timer.Change(TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        time.Advance(TimeSpan.FromSeconds(20));

        // Assert
        Assert.Equal(Start.AddSeconds(12), firedAt);
    }

    [Fact]
    public async Task PeriodicTimer_WithFakeTime_TicksOncePerAdvancedPeriod()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        var tick = timer.WaitForNextTickAsync();

        // Act
        time.Advance(TimeSpan.FromSeconds(59));
        var early = tick.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        var ticked = await tick.AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.False(early);
        Assert.True(ticked);
    }

    [Fact]
    public void CancellationTokenSource_WithFakeTime_CancelsOnAdvance()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        using var source = new CancellationTokenSource(TimeSpan.FromSeconds(30), time);

        // Act
        time.Advance(TimeSpan.FromSeconds(29));
        var before = source.IsCancellationRequested;
        time.Advance(TimeSpan.FromSeconds(1));

        // Assert
        Assert.False(before);
        Assert.True(source.IsCancellationRequested);
    }

    [Fact]
    public async Task Advance_FromManyThreads_AddsUpAndFiresEveryTimerOnce()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var fired = 0;
        var timers = Enumerable.Range(1, 100)
            .Select(i => time.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(i), Timeout.InfiniteTimeSpan))
            .ToList();

        // Act
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 25; i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
            }
        })));

        // Assert
        Assert.Equal(Start.AddSeconds(200), time.GetUtcNow());
        Assert.Equal(100, fired);
        timers.ForEach(t => t.Dispose());
    }
}
