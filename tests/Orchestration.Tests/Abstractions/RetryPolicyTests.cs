namespace Tidewater.Orchestration.Tests.Abstractions;

public sealed class RetryPolicyTests
{
    [Fact]
    public void DelayBeforeRetry_GrowsByTheCoefficientAndStopsAtTheCap()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(2), backoffCoefficient: 3, maxRetryInterval: TimeSpan.FromSeconds(30));

        Assert.Equal([2, 6, 18, 30, 30], Enumerable.Range(1, 5).Select(n => policy.DelayBeforeRetry(n).TotalSeconds));
    }

    [Fact]
    public void DelayBeforeRetry_InfiniteMaxRetryInterval_NeverCaps()
    {
        var policy = new RetryPolicy(100, TimeSpan.FromHours(1), backoffCoefficient: 10, maxRetryInterval: Timeout.InfiniteTimeSpan);

        Assert.Equal(TimeSpan.FromHours(1000), policy.DelayBeforeRetry(4));
        Assert.Equal(TimeSpan.MaxValue, policy.DelayBeforeRetry(60));
    }

    [Fact]
    public void Constructor_ValuesDurableRejects_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(0, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.FromSeconds(1), backoffCoefficient: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.FromSeconds(10), maxRetryInterval: TimeSpan.FromSeconds(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryPolicy(1, TimeSpan.FromSeconds(10), retryTimeout: TimeSpan.FromSeconds(5)));
    }
}
