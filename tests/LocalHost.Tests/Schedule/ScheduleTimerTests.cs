using Tidewater.LocalHost.Schedule;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Schedule;

[Collection(AzuriteCollections.Azurite)]
public sealed class ScheduleTimerTests(AzuriteFixture azurite)
{
    private const string Hourly = "0 5 * * * *";
    private readonly FakeTimeProvider _time = new(At(10, 0, 0));
    private readonly string _container = AzuriteFixture.NewName("schedule");

    private static DateTimeOffset At(int hour, int minute, int second) => new(2026, 1, 1, hour, minute, second, TimeSpan.Zero);

    private TimerRig Rig(string cron = Hourly, bool runOnStartup = false, IScheduleLease? lease = null, Func<ScheduleTimerInfo, Task>? onInvoke = null) =>
        new(azurite, _container, _time, cron, runOnStartup, lease, onInvoke);

    [Fact]
    public async Task Start_ComputesTheNextOccurrenceWithSeconds_PersistsIt_AndFiresThen()
    {
        await using var rig = Rig("30 * * * * *").Start();
        await rig.WaitingForAsync(At(10, 0, 30));
        var initial = await rig.ReadStatusAsync();

        _time.Advance(TimeSpan.FromSeconds(29));
        await rig.WaitingForAsync(At(10, 0, 30));
        int beforeDue = rig.Invocations.Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        await rig.WaitingForAsync(At(10, 1, 30));

        Assert.Equal(new ScheduleStatus(ScheduleStatus.Never, At(10, 0, 30), At(10, 0, 0)), initial);
        Assert.Equal(0, beforeDue);
        var fired = Assert.Single(rig.Invocations);
        Assert.False(fired.IsPastDue);
        Assert.Equal(At(10, 0, 30), fired.ScheduleStatus.Next);
        Assert.Equal(new ScheduleStatus(At(10, 0, 30), At(10, 1, 30), At(10, 0, 30)), await rig.ReadStatusAsync());
    }

    [Fact]
    public async Task Start_PastDue_FiresOnceNotOncePerMissedOccurrence()
    {
        var first = Rig().Start();
        await first.WaitingForAsync(At(10, 5, 0));
        await first.StopAsync();
        _time.SetUtcNow(At(15, 0, 0)); // five occurrences missed: 10:05 ... 14:05

        await using var second = Rig().Start();
        await second.WaitingForAsync(At(15, 5, 0));
        _time.SetUtcNow(At(15, 4, 59));
        await second.WaitingForAsync(At(15, 5, 0));

        Assert.Empty(first.Invocations);
        var fired = Assert.Single(second.Invocations);
        Assert.True(fired.IsPastDue);
        Assert.Equal(At(10, 5, 0), fired.ScheduleStatus.Next);
        Assert.Equal(new ScheduleStatus(At(15, 0, 0), At(15, 5, 0), At(15, 0, 0)), await second.ReadStatusAsync());
    }

    [Fact]
    public async Task Start_RunOnStartup_FiresOnceOnEachStart_NotPastDue()
    {
        var first = Rig(runOnStartup: true).Start();
        await first.WaitingForAsync(At(10, 5, 0));
        await first.StopAsync();
        _time.SetUtcNow(At(10, 1, 0));
        await using var second = Rig(runOnStartup: true).Start();
        await second.WaitingForAsync(At(10, 5, 0));

        var fired = Assert.Single(first.Invocations);
        Assert.False(fired.IsPastDue);
        Assert.Single(second.Invocations);
        Assert.Equal(new ScheduleStatus(At(10, 1, 0), At(10, 5, 0), At(10, 1, 0)), await second.ReadStatusAsync());
    }

    [Fact]
    public async Task Start_WithoutRunOnStartup_NotPastDue_DoesNotFire()
    {
        await using var rig = Rig().Start();
        await rig.WaitingForAsync(At(10, 5, 0));

        Assert.Empty(rig.Invocations);
    }

    [Fact]
    public async Task Status_PersistsAcrossRestart_NoRepeatOfTheFiredOccurrence()
    {
        var first = Rig().Start();
        await first.WaitingForAsync(At(10, 5, 0));
        _time.SetUtcNow(At(10, 5, 0));
        await first.WaitingForAsync(At(11, 5, 0));
        await first.StopAsync();
        _time.SetUtcNow(At(10, 30, 0));

        await using var second = Rig().Start();
        await second.WaitingForAsync(At(11, 5, 0));

        Assert.Single(first.Invocations);
        Assert.Empty(second.Invocations);
        Assert.Equal(new ScheduleStatus(At(10, 5, 0), At(11, 5, 0), At(10, 5, 0)), await second.ReadStatusAsync());
    }

    [Fact]
    public async Task Start_ScheduleChanged_RecomputesNext_WithoutFiringPastDue()
    {
        var first = Rig().Start();
        await first.WaitingForAsync(At(10, 5, 0));
        await first.StopAsync();
        _time.SetUtcNow(At(10, 2, 0));

        await using var second = Rig("0 0 12 * * *").Start();
        await second.WaitingForAsync(At(12, 0, 0));

        Assert.Empty(second.Invocations);
    }

    [Fact]
    public async Task TwoHosts_OnTheSameStorage_FireEachOccurrenceOnce_AndTheOtherTakesOverWhenTheHolderStops()
    {
        var a = Rig().Start();
        await a.WaitingForAsync(At(10, 5, 0));
        await using var b = Rig().Start();
        await Eventually.WaitAsync(() => Task.FromResult(b.Timer.IsStandby), standby => standby, "b to stand by");

        for (int hour = 10; hour < 13; hour++)
        {
            _time.SetUtcNow(At(hour, 5, 0));
            await a.WaitingForAsync(At(hour + 1, 5, 0));
        }

        await a.StopAsync(); // releases the lease
        await Eventually.WaitAsync(
            () =>
            {
                if (b.Timer.IsStandby)
                {
                    _time.Advance(ScheduleTimer.RetryInterval); // b's next try
                }

                return Task.FromResult(b.Timer.WaitingFor);
            },
            w => w == At(13, 5, 0),
            "b to take over");
        _time.SetUtcNow(At(13, 5, 0));
        await b.WaitingForAsync(At(14, 5, 0));

        Assert.Equal([At(10, 5, 0), At(11, 5, 0), At(12, 5, 0)], a.Invocations.Select(i => i.ScheduleStatus.Next));
        var takenOver = Assert.Single(b.Invocations);
        Assert.Equal(At(13, 5, 0), takenOver.ScheduleStatus.Next);
        Assert.False(takenOver.IsPastDue);
        await a.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_BothBelievingTheyHoldTheLease_StillFireEachOccurrenceOnce()
    {
        await using var a = Rig(lease: new AlwaysHeldLease()).Start();
        await using var b = Rig(lease: new AlwaysHeldLease()).Start();
        await a.WaitingForAsync(At(10, 5, 0));
        await b.WaitingForAsync(At(10, 5, 0));

        for (int hour = 10; hour < 13; hour++)
        {
            _time.SetUtcNow(At(hour, 5, 0));
            await a.WaitingForAsync(At(hour + 1, 5, 0));
            await b.WaitingForAsync(At(hour + 1, 5, 0));
        }

        Assert.Equal(3, a.Invocations.Count + b.Invocations.Count);
        Assert.Equal([At(10, 5, 0), At(11, 5, 0), At(12, 5, 0)],
            a.Invocations.Concat(b.Invocations).Select(i => i.ScheduleStatus.Next).Order());
    }

    [Fact]
    public async Task Invocation_Failing_TheScheduleGoesOn()
    {
        await using var rig = Rig(onInvoke: _ => throw new InvalidOperationException("boom")).Start();
        await rig.WaitingForAsync(At(10, 5, 0));

        _time.SetUtcNow(At(10, 5, 0));
        await rig.WaitingForAsync(At(11, 5, 0));
        _time.SetUtcNow(At(11, 5, 0));
        await rig.WaitingForAsync(At(12, 5, 0));

        Assert.Equal(2, rig.Invocations.Count);
    }
}
