using Tidewater.Cli.Reporting;

namespace Tidewater.Cli.Tests.Reporting;

public class LatencyRecorderTests
{
    [Fact]
    public void Summarize_SamplesAcrossChunks_AllCountedGapsSkipped()
    {
        var recorder = new LatencyRecorder(200_000);
        recorder.Record(0, 5);
        recorder.Record(70_000, 1);
        recorder.Record(199_999, 9);

        var summary = recorder.Summarize()!;

        Assert.Equal(3, summary.Count);
        Assert.Equal(5, summary.P50);
        Assert.Equal(9, summary.Max);
    }

    [Fact]
    public void Record_Negative_ClampedToZero()
    {
        var recorder = new LatencyRecorder(10);
        recorder.Record(3, -4);

        Assert.Equal(0, recorder.Summarize()!.Max);
    }

    [Fact]
    public void Record_Concurrently_KeepsEverySample()
    {
        var recorder = new LatencyRecorder(100_000);

        Parallel.For(0, 100_000, i => recorder.Record(i, i));

        Assert.Equal(100_000, recorder.Summarize()!.Count);
    }

    [Fact]
    public void Summarize_NothingRecorded_IsNull()
    {
        Assert.Null(new LatencyRecorder(10).Summarize());
    }
}
