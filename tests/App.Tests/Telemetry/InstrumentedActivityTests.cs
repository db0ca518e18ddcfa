using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging.Abstractions;
using Tidewater.App.Batch;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Telemetry;

public sealed class InstrumentedActivityTests
{
    private sealed class Context(string name, string instanceId) : TaskActivityContext
    {
        public override TaskName Name => new(name);

        public override string InstanceId => instanceId;
    }

    private sealed class Inner(Func<object?, object?> run) : ITaskActivity
    {
        public Type InputType => typeof(string);

        public Type OutputType => typeof(string);

        public Task<object?> RunAsync(TaskActivityContext context, object? input) => Task.FromResult(run(input));
    }

    private static InstrumentedActivity Wrap(Func<object?, object?> run) => new(new Inner(run), NullLogger.Instance);

    private static string NewBatchId() => "batch-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task RunAsync_ActivitiesOfTheBatchAndItsGroups_ShareTheTraceDerivedFromTheBatchId()
    {
        using var spans = new SpanCapture();
        string batch = NewBatchId();
        var expected = BatchTraceContext.Of(batch);

        // Whatever span is current (Durable's worker may have one) does not decide the trace.
        using (SpanCapture.TestSource.StartActivity("ambient"))
        {
            Assert.Equal("out", await Wrap(_ => "out").RunAsync(new Context(PlanBatchActivity.Name, batch), "in"));
            await Wrap(_ => "chunk").RunAsync(new Context(ProcessChunkActivity.Name, BatchRun.GroupInstanceId(batch, BatchPass.Stats, 3)), "in");
        }

        var mine = spans.InTrace(expected.TraceId);
        Assert.Equal([PlanBatchActivity.Name, ProcessChunkActivity.Name], mine.OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName));
        Assert.All(mine, s => Assert.Equal(expected.SpanId, s.ParentSpanId));
        Assert.All(mine, s => Assert.Equal(batch, s.GetTagItem(BatchTraceContext.BatchIdTag)));
        Assert.Equal(BatchRun.GroupInstanceId(batch, BatchPass.Stats, 3), mine.Single(s => s.OperationName == ProcessChunkActivity.Name).GetTagItem(BatchTraceContext.InstanceIdTag));
        Assert.All(mine, s => Assert.Equal(ActivityStatusCode.Unset, s.Status));
    }

    [Fact]
    public async Task RunAsync_Failure_MarksTheSpanAndRethrows()
    {
        using var spans = new SpanCapture();
        string batch = NewBatchId();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Wrap(_ => throw new InvalidOperationException("boom")).RunAsync(new Context(MergePartialsActivity.Name, batch), "in"));

        var span = Assert.Single(spans.InTrace(BatchTraceContext.Of(batch).TraceId));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(InvalidOperationException), span.StatusDescription);
        Assert.Contains(span.Events, e => e.Name == "exception");
    }
}
