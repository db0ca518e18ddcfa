using Tidewater.App.Batch;
using Microsoft.DurableTask.Client;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Schedule;

[Collection(AzuriteCollections.Azurite)]
public sealed class ScheduleHandlerTests(AzuriteFixture azurite)
{
    // 10:03 with hourly windows and 300 s grace: 10:00 is open, 09:00 ended but is not sealed until 10:05.
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 10, 3, 0, TimeSpan.Zero);

    private Task<ScheduleHandlerHarness> HarnessAsync(IDictionary<string, string?>? overrides = null, DateTimeOffset? now = null) =>
        ScheduleHandlerHarness.CreateAsync(azurite, now ?? Now, overrides);

    [Fact]
    public async Task RunAsync_StartsOnlySealedWindows_OldestFirst_WithTheBatchRequest()
    {
        using var harness = await HarnessAsync();
        var windows = Enumerable.Range(0, 5).Select(harness.WindowsAgo).ToArray(); // 10:00 open, 09:00 unsealed, 08:00, 07:00, 06:00
        foreach (var window in windows)
        {
            await harness.AddSegmentAsync(window);
        }

        var result = await harness.Handler.RunAsync(CancellationToken.None);

        string[] expected = [ScheduleHandlerHarness.Id(windows[4]), ScheduleHandlerHarness.Id(windows[3]), ScheduleHandlerHarness.Id(windows[2])];
        Assert.Equal(expected, result.Started);
        Assert.Equal(expected, harness.Starter.Starts.Select(s => s.InstanceId));
        Assert.Equal(["batch-202601010600", "batch-202601010700", "batch-202601010800"], result.Started);
        var first = harness.Starter.Starts[0];
        Assert.Equal(new BatchRequest("202601010600", 60, ModelVersion: null, PublishModel: true), first.Request);
        Assert.True(result.CaughtUp);
    }

    [Fact]
    public async Task RunAsync_WindowSealsLater_IsStartedByTheNextOccurrence()
    {
        using var harness = await HarnessAsync();
        var unsealed = harness.WindowsAgo(1);
        await harness.AddSegmentAsync(unsealed);

        var before = await harness.Handler.RunAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromMinutes(2)); // 10:05: 09:00 is sealed now
        var after = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Empty(before.Started);
        Assert.Equal([ScheduleHandlerHarness.Id(unsealed)], after.Started);
    }

    [Fact]
    public async Task RunAsync_CatchUpLimit_StartsTheOldestFirst_AndTheRestOnLaterOccurrences()
    {
        using var harness = await HarnessAsync(new Dictionary<string, string?> { ["Tidewater:BatchCatchUpLimit"] = "3" });
        var sealedWindows = Enumerable.Range(2, 5).Select(harness.WindowsAgo).Reverse().ToArray(); // oldest first
        foreach (var window in sealedWindows)
        {
            await harness.AddSegmentAsync(window);
        }

        var first = await harness.Handler.RunAsync(CancellationToken.None);
        var second = await harness.Handler.RunAsync(CancellationToken.None);
        var third = await harness.Handler.RunAsync(CancellationToken.None);

        var ids = sealedWindows.Select(ScheduleHandlerHarness.Id).ToArray();
        Assert.Equal(ids[..3], first.Started);
        Assert.False(first.CaughtUp);
        Assert.Equal(ids[3..], second.Started);
        Assert.True(second.CaughtUp);
        Assert.Empty(third.Started);
        Assert.Equal(ids, harness.Starter.Starts.Select(s => s.InstanceId));
    }

    [Theory]
    [InlineData(OrchestrationRuntimeStatus.Pending)]
    [InlineData(OrchestrationRuntimeStatus.Running)]
    [InlineData(OrchestrationRuntimeStatus.Completed)]
    [InlineData(OrchestrationRuntimeStatus.Failed)]
    [InlineData(OrchestrationRuntimeStatus.Terminated)]
    public async Task RunAsync_ExistingInstanceInAnyStatus_IsNotRestarted(OrchestrationRuntimeStatus status)
    {
        using var harness = await HarnessAsync();
        var done = harness.WindowsAgo(3);
        var missing = harness.WindowsAgo(2);
        await harness.AddSegmentAsync(done);
        await harness.AddSegmentAsync(missing);
        harness.Starter.AddExisting(ScheduleHandlerHarness.Id(done), status);

        var result = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Equal([ScheduleHandlerHarness.Id(missing)], result.Started);
        Assert.Equal(1, result.Existing);
        Assert.DoesNotContain(harness.Starter.Starts, s => s.InstanceId == ScheduleHandlerHarness.Id(done));
    }

    [Fact]
    public async Task RunAsync_EmptyWindows_AreSkippedWithoutAnInstanceLookup()
    {
        using var harness = await HarnessAsync(new Dictionary<string, string?> { ["Tidewater:BatchScanLimit"] = "5" });
        var withSegments = harness.WindowsAgo(4);
        await harness.AddSegmentAsync(withSegments);

        var result = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Equal([ScheduleHandlerHarness.Id(withSegments)], result.Started);
        Assert.Equal(4, result.Empty);
        foreach (var empty in new[] { 2, 3, 5, 6 }.Select(harness.WindowsAgo))
        {
            Assert.Equal(0, harness.Starter.Calls(ScheduleHandlerHarness.Id(empty)));
        }
    }

    [Fact]
    public async Task RunAsync_WindowsShorterThanTheSchedule_StartsEveryWindowSealedSinceTheLastOccurrence()
    {
        // 15-minute windows, hourly occurrences at 09:05 and 10:05.
        var overrides = new Dictionary<string, string?> { ["Tidewater:WindowMinutes"] = "15" };
        using var harness = await HarnessAsync(overrides, new DateTimeOffset(2026, 1, 1, 9, 5, 0, TimeSpan.Zero));
        await harness.Handler.RunAsync(CancellationToken.None);
        harness.Time.SetUtcNow(new DateTimeOffset(2026, 1, 1, 10, 5, 0, TimeSpan.Zero));
        foreach (int windows in new[] { 1, 2, 3, 4 })
        {
            await harness.AddSegmentAsync(harness.WindowsAgo(windows));
        }

        var result = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Equal(["batch-202601010900", "batch-202601010915", "batch-202601010930", "batch-202601010945"], result.Started);
        Assert.All(harness.Starter.Starts, s => Assert.Equal(15, s.Request.WindowMinutes));
    }

    [Fact]
    public async Task RunAsync_WindowsLongerThanTheSchedule_StartsEachWindowOnce()
    {
        // 120-minute windows, hourly occurrences: every other occurrence finds a newly sealed window.
        var overrides = new Dictionary<string, string?> { ["Tidewater:WindowMinutes"] = "120" };
        using var harness = await HarnessAsync(overrides, new DateTimeOffset(2026, 1, 1, 10, 5, 0, TimeSpan.Zero));
        await harness.AddSegmentAsync(harness.WindowsAgo(1)); // 08:00-10:00, sealed at 10:05
        await harness.AddSegmentAsync(harness.WindowsAgo(0)); // 10:00-12:00, sealed at 12:05

        var results = new List<IReadOnlyList<string>>();
        for (int occurrence = 0; occurrence < 3; occurrence++)
        {
            results.Add((await harness.Handler.RunAsync(CancellationToken.None)).Started);
            harness.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(["batch-202601010800"], results[0]);
        Assert.Empty(results[1]);
        Assert.Equal(["batch-202601011000"], results[2]);
    }

    [Fact]
    public async Task RunAsync_AfterDowntime_StartsEachMissedWindowOnce_AndDoesNotLookAtCoveredWindowsAgain()
    {
        using var harness = await HarnessAsync();
        await harness.Handler.RunAsync(CancellationToken.None);
        var lastCovered = harness.WindowsAgo(2);
        harness.Time.Advance(TimeSpan.FromHours(5)); // down for five hours
        var missed = Enumerable.Range(2, 5).Select(harness.WindowsAgo).Reverse().ToArray();
        foreach (var window in missed.Append(lastCovered))
        {
            await harness.AddSegmentAsync(window);
        }

        var first = await harness.Handler.RunAsync(CancellationToken.None);
        var again = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Equal(missed.Select(ScheduleHandlerHarness.Id), first.Started);
        Assert.Empty(again.Started);
        Assert.Equal(0, harness.Starter.Calls(ScheduleHandlerHarness.Id(lastCovered)));
        Assert.All(missed, w => Assert.Equal(1, harness.Starter.Calls(ScheduleHandlerHarness.Id(w))));
    }

    [Fact]
    public async Task RunAsync_FirstRun_LooksBackScanLimitWindows()
    {
        using var harness = await HarnessAsync(new Dictionary<string, string?> { ["Tidewater:BatchScanLimit"] = "3" });
        var tooOld = harness.WindowsAgo(5);
        var inRange = harness.WindowsAgo(4);
        await harness.AddSegmentAsync(tooOld);
        await harness.AddSegmentAsync(inRange);

        var result = await harness.Handler.RunAsync(CancellationToken.None);

        Assert.Equal([ScheduleHandlerHarness.Id(inRange)], result.Started);
        Assert.Equal(2, result.Empty);
    }
}
