using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.App.Dedupe;
using Tidewater.Domain.Scoring;

namespace Tidewater.App.Tests.Dedupe;

public sealed class RecentEventIndexTests
{
    private static readonly WindowKey Window = new(new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));
    private static readonly RiskDecision Review = new(0.7, Decision.Review, ["new_country", "large_amount"], "v0");

    private static RecentEventIndex Index(int capacity = 100) => new(Options.Create(new IngestOptions { DedupeCapacity = capacity }));

    [Fact]
    public void Find_AfterDurableWrite_ReturnsOriginalDecision()
    {
        var index = Index();
        var key = EventIdKey.Of("evt-1");

        index.BeginWrite(key, Window, Review, alertPending: true);
        index.Complete([key], Window, durable: true);
        var found = index.Find(key, Window).Remembered;

        Assert.NotNull(found);
        Assert.Equal(Review.Score, found.Value.Decision.Score);
        Assert.Equal(Review.Reasons, found.Value.Decision.Reasons);
        Assert.Equal("v0", found.Value.Decision.ModelVersion);
        Assert.True(found.Value.AlertPending);
    }

    [Fact]
    public void Find_AfterFailedWrite_ForgetsTheId()
    {
        var index = Index();
        var key = EventIdKey.Of("evt-1");

        index.BeginWrite(key, Window, Review, alertPending: false);
        index.Complete([key], Window, durable: false);

        Assert.Null(index.Find(key, Window).Remembered);
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public async Task Find_WhileWriteInFlight_ReturnsTaskThatCompletesWithTheWrite()
    {
        var index = Index();
        var key = EventIdKey.Of("evt-1");
        index.BeginWrite(key, Window, Review, alertPending: false);

        var lookup = index.Find(key, Window);
        Assert.NotNull(lookup.InFlight);
        Assert.False(lookup.InFlight.IsCompleted);

        index.Complete([key], Window, durable: true);
        await lookup.InFlight;
        Assert.NotNull(index.Find(key, Window).Remembered);
    }

    [Fact]
    public void Find_IdFromPreviousWindow_IsFound_ButNotFromTwoWindowsBack()
    {
        var index = Index();
        var key = EventIdKey.Of("evt-1");
        index.Restore(key, Window, Review, alertPending: false);

        var next = new WindowKey(Window.End, Window.Length);
        Assert.NotNull(index.Find(key, next).Remembered);

        var afterNext = new WindowKey(next.End, Window.Length);
        index.Restore(EventIdKey.Of("other"), afterNext, Review, alertPending: false);
        Assert.Null(index.Find(key, afterNext).Remembered);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Restore_PastCapacity_StopsRemembering()
    {
        var index = Index(capacity: 2);

        foreach (var id in new[] { "a", "b", "c" })
        {
            index.Restore(EventIdKey.Of(id), Window, Review, alertPending: false);
        }

        Assert.Equal(2, index.Count);
        Assert.True(index.IsFull);
        Assert.Null(index.Find(EventIdKey.Of("c"), Window).Remembered);
    }

    [Fact]
    public void MarkAlertSent_ClearsPendingAlert()
    {
        var index = Index();
        var key = EventIdKey.Of("evt-1");
        index.Restore(key, Window, Review, alertPending: true);

        index.MarkAlertSent(key, Window);

        Assert.False(index.Find(key, Window).Remembered!.Value.AlertPending);
    }

    [Fact]
    public void EventIdKey_DiffersForDifferentIdsAndIsStable()
    {
        Assert.Equal(EventIdKey.Of("evt-1"), EventIdKey.Of("evt-1"));
        Assert.NotEqual(EventIdKey.Of("evt-1"), EventIdKey.Of("evt-2"));
    }
}
