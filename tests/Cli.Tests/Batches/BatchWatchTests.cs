using System.Diagnostics;
using System.Net;
using Tidewater.Cli.Commands;
using Tidewater.Testing;

namespace Tidewater.Cli.Tests.Batches;

public class BatchWatchTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);
    private readonly BatchFakeHttpHandler _host = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    /// <summary>Runs <c>watch</c>, moving the fake clock by <paramref name="step"/> whenever the loop waits on it.</summary>
    private async Task<int> WatchAsync(TimeSpan step, params string[] extra)
    {
        var command = BatchCommand.Create(_time, BatchConsole.Plain(_out, _error), _host);
        var run = Task.Run(() => command.Parse(["batch", "watch", BatchStatusJson.Id, "--url", "http://host:7071", .. extra]).InvokeAsync());
        var guard = Stopwatch.StartNew();
        while (!run.IsCompleted)
        {
            Assert.True(guard.Elapsed < TimeSpan.FromSeconds(10), "watch did not finish");
            if (_time.ActiveTimerCount > 0)
            {
                _time.Advance(step);
            }
            else
            {
                await Task.Yield();
            }
        }

        return await run;
    }

    [Fact]
    public async Task Watch_UntilCompleted_PollsEveryIntervalAndPrintsTheSummary()
    {
        _host.Answer(HttpStatusCode.OK, BatchStatusJson.Running("indexing", 1, 4, 2000, 8000))
            .Answer(HttpStatusCode.OK, BatchStatusJson.Running("indexing", 1, 4, 2000, 8000))
            .Answer(HttpStatusCode.OK, BatchStatusJson.Running("scoring", 3, 4, 6000, 8000))
            .Answer(HttpStatusCode.OK, BatchStatusJson.Completed());

        int exitCode = await WatchAsync(TimeSpan.FromMilliseconds(500), "--interval", "500ms");

        Assert.Equal(BatchExitCodes.Success, exitCode);
        Assert.Equal(4, _host.Requests.Count);
        Assert.All(_host.Requests, r => Assert.Equal("http://host:7071/api/batches/batch-202611211000", r.Uri.AbsoluteUri));
        Assert.Equal(Start.AddSeconds(1.5), _time.GetUtcNow());
        string output = _out.ToString();
        Assert.Equal(1, CountOf(output, "running indexing: chunks 1/4, items 2000/8000"));
        Assert.Contains("running scoring: chunks 3/4, items 6000/8000", output, StringComparison.Ordinal);
        Assert.Contains("records: 8000", output, StringComparison.Ordinal);
        Assert.Contains("model: v0 -> v1-202611211000 (switched)", output, StringComparison.Ordinal);
        Assert.Contains("checksum: abc123", output, StringComparison.Ordinal);
        Assert.Contains("report: http://h/api/reports/batch-202611211000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_DefaultInterval_WaitsOneSecondBetweenPolls()
    {
        _host.Answer(HttpStatusCode.OK, BatchStatusJson.Running("planning", 0, 0, 0, 0))
            .Answer(HttpStatusCode.OK, BatchStatusJson.Completed());

        await WatchAsync(TimeSpan.FromMilliseconds(250));

        Assert.Equal(2, _host.Requests.Count);
        Assert.Equal(Start.AddSeconds(1), _time.GetUtcNow());
    }

    [Fact]
    public async Task Watch_Failed_PrintsTheFailureAndReturnsBatchFailed()
    {
        _host.Answer(HttpStatusCode.OK, BatchStatusJson.Running("processing", 2, 4, 4000, 8000))
            .Answer(HttpStatusCode.OK, BatchStatusJson.Failed());

        int exitCode = await WatchAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(BatchExitCodes.BatchFailed, exitCode);
        Assert.Contains("failure: Tidewater.App.Batch.BatchFailedException: 2 chunks failed: 3 (stats): boom", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_UnknownId_ReturnsClientErrorWithoutWaiting()
    {
        _host.Answer(HttpStatusCode.NotFound, """{"title":"Not found","status":404,"errors":{"id":["no batch 'batch-202611211000'"]}}""", "application/problem+json");

        int exitCode = await WatchAsync(TimeSpan.FromSeconds(1));

        Assert.Equal(BatchExitCodes.ClientError, exitCode);
        Assert.Single(_host.Requests);
        Assert.Equal(Start, _time.GetUtcNow());
        Assert.Contains("  id: no batch 'batch-202611211000'", _error.ToString(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
