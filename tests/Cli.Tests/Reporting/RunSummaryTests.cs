using Tidewater.Cli.Reporting;
using Tidewater.Cli.Sending;

namespace Tidewater.Cli.Tests.Reporting;

public class RunSummaryTests
{
    [Theory]
    [InlineData(true, 0, 0, ExitCodes.Success)]
    [InlineData(true, 1, 0, ExitCodes.Rejected)]
    [InlineData(true, 1, 1, ExitCodes.Failed)]
    [InlineData(true, 0, 1, ExitCodes.Failed)]
    [InlineData(false, 0, 0, ExitCodes.Cancelled)]
    public void ExitCode_ByOutcome(bool completed, long rejectedRequests, long failedRequests, int expected)
    {
        var summary = Summary(new RunCounts(10, rejectedRequests, failedRequests, 10, 10 - rejectedRequests - failedRequests, rejectedRequests, failedRequests, default), completed);

        Assert.Equal(expected, summary.ExitCode);
    }

    [Fact]
    public void WritePlain_StableKeyValueLines()
    {
        var counts = new RunCounts(4, 1, 0, 40, 30, 10, 0, new DecisionCounts(25, 4, 1, 2));
        var latency = new LatencySummary(4, 1500, 2000, 3000, 3000, 4000);
        var summary = Summary(counts, completed: true, latency) with { Details = [new("HTTP 400: bad", 1)] };
        using var writer = new StringWriter();

        SummaryWriter.WritePlain(writer, summary);

        var text = writer.ToString();
        Assert.Contains("events: sent=40 accepted=30 rejected=10 errors=0", text, StringComparison.Ordinal);
        Assert.Contains("rate: achieved=20.0/s target=100/s (open loop) elapsed=2.000s", text, StringComparison.Ordinal);
        Assert.Contains("latency_ms: p50=1.500 p90=2.000 p99=3.000 p99.9=3.000 max=4.000 n=4", text, StringComparison.Ordinal);
        Assert.Contains("decisions: approve=25 review=4 decline=1 duplicate=2", text, StringComparison.Ordinal);
        Assert.Contains("problem: 1 x HTTP 400: bad", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_HasCountsAndLatency()
    {
        var summary = Summary(new RunCounts(1, 0, 0, 1, 1, 0, 0, new DecisionCounts(1, 0, 0, 0)), true, new LatencySummary(1, 7, 7, 7, 7, 7));
        using var stream = new MemoryStream();

        SummaryWriter.WriteJson(stream, summary);

        using var document = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Equal(1, document.RootElement.GetProperty("accepted").GetInt64());
        Assert.Equal(7, document.RootElement.GetProperty("latencyMicros").GetProperty("p99").GetInt64());
        Assert.Equal(1, document.RootElement.GetProperty("decisions").GetProperty("approve").GetInt64());
    }

    private static RunSummary Summary(RunCounts counts, bool completed, LatencySummary? latency = null) =>
        new("test", counts, TimeSpan.FromSeconds(2), 100, 10, 4, ReportsDecisions: true, completed, latency, latency, latency, []);
}
