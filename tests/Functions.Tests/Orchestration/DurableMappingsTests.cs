using Tidewater.App.Batch;
using Tidewater.Functions.Orchestration;
using Xunit;
using DurableStatus = Microsoft.DurableTask.Client.OrchestrationRuntimeStatus;
using Durable = Microsoft.DurableTask;
using Port = Tidewater.Orchestration;

namespace Tidewater.Functions.Tests.Orchestration;

public sealed class DurableMappingsTests
{
#pragma warning disable CS0618 // Obsolete Durable statuses are mapped on purpose.
    public static TheoryData<DurableStatus, Port.OrchestrationRuntimeStatus> Statuses => new()
    {
        { DurableStatus.Pending, Port.OrchestrationRuntimeStatus.Pending },
        { DurableStatus.Running, Port.OrchestrationRuntimeStatus.Running },
        { DurableStatus.Suspended, Port.OrchestrationRuntimeStatus.Running },
        { DurableStatus.ContinuedAsNew, Port.OrchestrationRuntimeStatus.Running },
        { DurableStatus.Completed, Port.OrchestrationRuntimeStatus.Completed },
        { DurableStatus.Failed, Port.OrchestrationRuntimeStatus.Failed },
        { DurableStatus.Terminated, Port.OrchestrationRuntimeStatus.Terminated },
        { DurableStatus.Canceled, Port.OrchestrationRuntimeStatus.Terminated },
    };
#pragma warning restore CS0618

    [Theory]
    [MemberData(nameof(Statuses))]
    public void FromDurable_Status_MapsAsOperatorsSeeIt(DurableStatus durable, Port.OrchestrationRuntimeStatus expected)
    {
        Assert.Equal(expected, DurableMappings.FromDurable(durable));
        Assert.Contains(durable, DurableMappings.ToDurable(expected));
    }

    [Fact]
    public void FailureFilter_ActivityRetry_RefusesArgumentExceptionsOnly()
    {
        var filter = DurableMappings.FailureFilter(BatchOrchestrator.ActivityRetry);

        Assert.False(filter(new Durable.TaskFailureDetails(typeof(ArgumentException).FullName!, "bad", null, null, null)));
        Assert.False(filter(new Durable.TaskFailureDetails(typeof(ArgumentNullException).FullName!, "null", null, null, null)));
        Assert.True(filter(new Durable.TaskFailureDetails(typeof(IOException).FullName!, "disk", null, null, null)));
    }

    [Fact]
    public void ToDurableTaskOptions_NoRetry_IsNull()
    {
        Assert.Null(DurableMappings.ToDurableTaskOptions(null));
        Assert.Null(DurableMappings.ToDurableTaskOptions(new Port.TaskOptions()));
        Assert.Null(DurableMappings.ToDurableSubOrchestrationOptions(new Port.SubOrchestrationOptions()));
    }

    [Fact]
    public void ToDurable_Query_ExpandsStatusesAndKeepsTheFilter()
    {
        var from = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        var query = DurableMappings.ToDurable(new Port.OrchestrationQuery(
            CreatedFrom: from, Statuses: [Port.OrchestrationRuntimeStatus.Running], InstanceIdPrefix: "batch-", FetchInputsAndOutputs: true));

        Assert.Equal(from, query.CreatedFrom);
        Assert.Equal("batch-", query.InstanceIdPrefix);
        Assert.True(query.FetchInputsAndOutputs);
        Assert.Contains(DurableStatus.Running, query.Statuses!);
        Assert.Contains(DurableStatus.Suspended, query.Statuses!);
        Assert.DoesNotContain(DurableStatus.Completed, query.Statuses!);
    }
}
