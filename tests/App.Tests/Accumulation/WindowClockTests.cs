using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Accumulation;

public sealed class WindowClockTests
{
    private readonly FakeTimeProvider _time = new(TestEvents.Now);

    private WindowClock Clock(int minutes = 60, int grace = 300) =>
        new(Options.Create(new AccumulationOptions { WindowMinutes = minutes, SealGraceSeconds = grace }), _time);

    [Fact]
    public void WindowOf_AlignsToWholeWindows()
    {
        var window = Clock().WindowOf(new DateTimeOffset(2026, 11, 21, 10, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), window.Start);
        Assert.Equal("202611211000", window.Id);
    }

    [Fact]
    public void WindowOf_NonUtcOffset_UsesUtc()
    {
        var window = Clock(15).WindowOf(new DateTimeOffset(2026, 11, 21, 12, 7, 0, TimeSpan.FromHours(2)));

        Assert.Equal("202611211000", window.Id);
    }

    [Fact]
    public void IsSealed_BecomesTrueAfterEndPlusGrace()
    {
        var clock = Clock(1, 30);
        var window = clock.Current;

        _time.SetUtcNow(window.End.AddSeconds(29));
        Assert.False(clock.IsSealed(window));
        _time.SetUtcNow(window.End.AddSeconds(30));
        Assert.True(clock.IsSealed(window));
    }

    [Fact]
    public void AppendDeadline_IsHalfWayThroughGrace()
    {
        var clock = Clock(60, 300);
        var window = clock.Current;

        Assert.Equal(window.End.AddSeconds(150), clock.AppendDeadline(window));
    }

    [Fact]
    public void TryParseId_RoundTrips()
    {
        var window = Clock().Current;

        Assert.True(WindowKey.TryParseId(window.Id, window.Length, out var parsed));
        Assert.Equal(window, parsed);
    }
}
