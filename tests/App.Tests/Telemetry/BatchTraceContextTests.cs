using System.Security.Cryptography;
using System.Text;
using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Telemetry;

public sealed class BatchTraceContextTests
{
    [Theory]
    [InlineData("batch-202611211000", "batch-202611211000")]
    [InlineData("batch-202611211000-index-g0", "batch-202611211000")]
    [InlineData("batch-202611211000-stats-g12", "batch-202611211000")]
    [InlineData("replay-202611211000-2-score-g3", "replay-202611211000-2")]
    [InlineData("batch-202611211000-r1", "batch-202611211000-r1")]
    [InlineData("batch-202611211000-r1-score-g0", "batch-202611211000-r1")]
    [InlineData("batch-202611211000-other-g1", "batch-202611211000-other-g1")]
    [InlineData("batch-202611211000-score-gx", "batch-202611211000-score-gx")]
    [InlineData("-g1", "-g1")]
    public void RootOf_StripsOnlyAChunkGroupSuffix(string instanceId, string root) =>
        Assert.Equal(root, BatchInstanceIds.RootOf(instanceId));

    [Fact]
    public void RootOf_GroupIdsOfEveryPass_GiveTheBatch()
    {
        foreach (var pass in Enum.GetValues<BatchPass>())
        {
            Assert.Equal("batch-x", BatchInstanceIds.RootOf(BatchRun.GroupInstanceId("batch-x", pass, 7)));
        }
    }

    [Fact]
    public void Of_IsTheSha256OfTheId_SampledAndRemote()
    {
        var context = BatchTraceContext.Of("batch-202611211000");

        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("batch-202611211000")));
        Assert.Equal(hash[..32], context.TraceId.ToHexString());
        Assert.Equal(hash[32..48], context.SpanId.ToHexString());
        Assert.True(context.IsRemote);
        Assert.Equal(System.Diagnostics.ActivityTraceFlags.Recorded, context.TraceFlags);
    }

    [Fact]
    public void Of_DifferentBatches_DifferentTraces() =>
        Assert.NotEqual(BatchTraceContext.Of("batch-202611211000").TraceId, BatchTraceContext.Of("batch-202611211000-r1").TraceId);
}
