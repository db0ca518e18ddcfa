using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Tidewater.App.Batch;
using Tidewater.Functions.Orchestration;
using Xunit;
using Port = Tidewater.Orchestration;

namespace Tidewater.Functions.Tests.Orchestration;

public sealed class DurableOrchestrationContextAdapterTests
{
    private readonly Mock<TaskOrchestrationContext> _context = new();

    [Fact]
    public async Task CallActivityAsync_WithRetryPolicy_PassesTheSamePolicyToDurable()
    {
        TaskOptions? passed = null;
        _context.Setup(c => c.CallActivityAsync<string>(It.Is<TaskName>(n => n == "PlanBatch"), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, options) => passed = options)
            .ReturnsAsync("planned");
        var adapter = new DurableOrchestrationContextAdapter(_context.Object);

        string result = await adapter.CallActivityAsync<string>("PlanBatch", "input", Port.TaskOptions.FromRetryPolicy(BatchOrchestrator.ActivityRetry));

        Assert.Equal("planned", result);
        var policy = passed?.Retry?.Policy;
        Assert.NotNull(policy);
        Assert.Equal(4, policy.MaxNumberOfAttempts);
        Assert.Equal(TimeSpan.FromSeconds(1), policy.FirstRetryInterval);
        Assert.Equal(2.0, policy.BackoffCoefficient);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.MaxRetryInterval);
        Assert.Equal(Timeout.InfiniteTimeSpan, policy.RetryTimeout);
    }

    [Fact]
    public async Task CallActivityAsync_WithoutOptions_PassesNoOptions()
    {
        _context.Setup(c => c.CallActivityAsync<int>(It.IsAny<TaskName>(), It.IsAny<object>(), null)).ReturnsAsync(7);

        int result = await new DurableOrchestrationContextAdapter(_context.Object).CallActivityAsync<int>("A");

        Assert.Equal(7, result);
    }

    [Fact]
    public async Task CallActivityAsync_DurableTaskFailed_ThrowsThePortsTaskFailedException()
    {
        var inner = new TaskFailureDetails("System.IO.IOException", "disk", null, null, null);
        _context.Setup(c => c.CallActivityAsync<int>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .ThrowsAsync(new TaskFailedException("ProcessChunk", 12, new TaskFailureDetails("System.ArgumentException", "bad chunk", "at x", inner, null)));

        var failure = await Assert.ThrowsAsync<Port.TaskFailedException>(() => new DurableOrchestrationContextAdapter(_context.Object).CallActivityAsync<int>("ProcessChunk"));

        Assert.Equal("ProcessChunk", failure.TaskName);
        Assert.Equal(12, failure.TaskId);
        Assert.Equal("System.ArgumentException", failure.FailureDetails.ErrorType);
        Assert.Equal("bad chunk", failure.FailureDetails.ErrorMessage);
        Assert.Equal("System.IO.IOException", failure.FailureDetails.InnerFailure?.ErrorType);
        Assert.True(failure.FailureDetails.IsCausedBy<ArgumentException>());
    }

    [Fact]
    public async Task CallSubOrchestratorAsync_WithInstanceId_PassesItWithTheRetryPolicy()
    {
        TaskOptions? passed = null;
        _context.Setup(c => c.CallSubOrchestratorAsync<string>(It.Is<TaskName>(n => n == "ProcessChunkGroup"), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, options) => passed = options)
            .ReturnsAsync("done");
        var retry = new Port.RetryPolicy(3, TimeSpan.FromSeconds(2));

        await new DurableOrchestrationContextAdapter(_context.Object)
            .CallSubOrchestratorAsync<string>("ProcessChunkGroup", null, new Port.SubOrchestrationOptions(retry, "batch-202611211000-stats-g0"));

        var options = Assert.IsType<SubOrchestrationOptions>(passed);
        Assert.Equal("batch-202611211000-stats-g0", options.InstanceId);
        Assert.Equal(3, options.Retry?.Policy?.MaxNumberOfAttempts);
    }

    [Fact]
    public async Task CallSubOrchestratorAsync_InstanceIdOnly_PassesNoRetry()
    {
        TaskOptions? passed = null;
        _context.Setup(c => c.CallSubOrchestratorAsync<string>(It.IsAny<TaskName>(), It.IsAny<object>(), It.IsAny<TaskOptions>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, options) => passed = options)
            .ReturnsAsync("done");

        await new DurableOrchestrationContextAdapter(_context.Object).CallSubOrchestratorAsync<string>("G", null, new Port.SubOrchestrationOptions(InstanceId: "g-1"));

        var options = Assert.IsType<SubOrchestrationOptions>(passed);
        Assert.Equal("g-1", options.InstanceId);
        Assert.Null(options.Retry);
    }

    [Fact]
    public async Task CreateTimer_PassesFireAtAndTheToken()
    {
        var fireAt = new DateTime(2026, 11, 21, 10, 0, 0, DateTimeKind.Utc);
        using var cancellation = new CancellationTokenSource();
        _context.Setup(c => c.CreateTimer(fireAt, cancellation.Token)).Returns(Task.CompletedTask).Verifiable();

        await new DurableOrchestrationContextAdapter(_context.Object).CreateTimer(fireAt, cancellation.Token);

        _context.Verify();
    }

    [Fact]
    public void Members_PassThroughToDurable()
    {
        var guid = Guid.Parse("6f1c2a57-3c1e-4a55-9f5e-0d3a3c1e2b10");
        var now = new DateTime(2026, 11, 21, 10, 5, 0, DateTimeKind.Utc);
        _context.SetupGet(c => c.Name).Returns(new TaskName("BatchOrchestrator"));
        _context.SetupGet(c => c.InstanceId).Returns("batch-202611211000");
        _context.SetupGet(c => c.CurrentUtcDateTime).Returns(now);
        _context.SetupGet(c => c.IsReplaying).Returns(true);
        _context.Setup(c => c.NewGuid()).Returns(guid);
        _context.Setup(c => c.GetInput<BatchRequest>()).Returns(new BatchRequest("202611211000", 60, null, true));
        _context.Setup(c => c.CreateReplaySafeLogger("Batch")).Returns(NullLogger.Instance);
        var adapter = new DurableOrchestrationContextAdapter(_context.Object);

        adapter.SetCustomStatus("indexing");

        Assert.Equal("BatchOrchestrator", adapter.Name);
        Assert.Equal("batch-202611211000", adapter.InstanceId);
        Assert.Equal(now, adapter.CurrentUtcDateTime);
        Assert.True(adapter.IsReplaying);
        Assert.Equal(guid, adapter.NewGuid());
        Assert.Equal("202611211000", adapter.GetInput<BatchRequest>()?.WindowId);
        Assert.Same(NullLogger.Instance, adapter.CreateReplaySafeLogger("Batch"));
        _context.Verify(c => c.SetCustomStatus("indexing"));
    }
}
