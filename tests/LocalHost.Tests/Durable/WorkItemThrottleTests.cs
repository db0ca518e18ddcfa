using Tidewater.LocalHost.Durable;

namespace Tidewater.LocalHost.Tests.Durable;

/// <summary>The concurrency limit the local engine enforces inside the sidecar's lock calls.</summary>
public sealed class WorkItemThrottleTests
{
    [Fact]
    public async Task LockAsync_AtTheLimit_WaitsUntilAWorkItemIsReturned()
    {
        // Arrange
        var throttle = new WorkItemThrottle(2);
        object first = await throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);
        await throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);
        bool locked = false;

        // Act
        var third = throttle.LockAsync(() => { locked = true; return Task.FromResult(new object()); }, CancellationToken.None);
        bool waitedAtTheLimit = !third.IsCompleted && !locked;
        throttle.Return(first);
        await third;

        // Assert
        Assert.True(waitedAtTheLimit);
        Assert.True(locked);
        Assert.Equal(2, throttle.Held);
    }

    [Fact]
    public async Task Return_TwiceForOneWorkItem_FreesOneSlot()
    {
        // Arrange: the sidecar abandons a work item whose completion failed, so one item can be returned twice.
        var throttle = new WorkItemThrottle(1);
        object item = await throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);

        // Act
        throttle.Return(item);
        throttle.Return(item);
        await throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);
        var blocked = throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);

        // Assert
        Assert.False(blocked.IsCompleted);
        Assert.Equal(1, throttle.Held);
    }

    [Fact]
    public async Task LockAsync_NoWorkItemOrAFailure_GivesTheSlotBack()
    {
        // Arrange
        var throttle = new WorkItemThrottle(1);

        // Act
        object? none = await throttle.LockAsync<object>(() => Task.FromResult<object>(null!), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => throttle.LockAsync<object>(() => throw new InvalidOperationException("storage"), CancellationToken.None));
        var next = throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);

        // Assert
        Assert.Null(none);
        Assert.True(next.IsCompletedSuccessfully);
        Assert.Equal(1, throttle.Held);
    }

    [Fact]
    public async Task LockAsync_CancelledWhileWaiting_ThrowsAndLocksNothing()
    {
        // Arrange
        var throttle = new WorkItemThrottle(1);
        await throttle.LockAsync(() => Task.FromResult(new object()), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        bool locked = false;

        // Act
        var waiting = throttle.LockAsync(() => { locked = true; return Task.FromResult(new object()); }, stop.Token);
        await stop.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(locked);
        Assert.Equal(1, throttle.Held);
    }
}
