using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

public sealed class BoundedFanOutTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(3, 10)]
    [InlineData(16, 5)]
    public async Task RunAsync_AnyCompletionOrder_NeverExceedsTheCapAndKeepsItemOrder(int cap, int count)
    {
        var pending = new List<(int Item, TaskCompletionSource<int> Done)>();
        int maxSeen = 0;
        var run = BoundedFanOut.RunAsync(Enumerable.Range(0, count).ToList(), cap, item =>
        {
            var done = new TaskCompletionSource<int>();
            pending.Add((item, done));
            maxSeen = Math.Max(maxSeen, pending.Count);
            return done.Task;
        });

        var random = new Random(cap * 31 + count);
        while (pending.Count > 0)
        {
            Assert.True(pending.Count <= cap, $"{pending.Count} in flight, cap {cap}");
            var next = pending[random.Next(pending.Count)];
            pending.Remove(next);
            next.Done.SetResult(next.Item * 10);
        }

        var results = await run;

        Assert.Equal(Math.Min(cap, count), maxSeen);
        Assert.Equal(Enumerable.Range(0, count).Select(i => i * 10), results);
    }

    [Fact]
    public async Task RunAsync_NoItems_ReturnsEmpty()
    {
        var results = await BoundedFanOut.RunAsync(Array.Empty<int>(), 4, _ => Task.FromResult(1));

        Assert.Empty(results);
    }
}
