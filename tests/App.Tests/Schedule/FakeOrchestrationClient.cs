using System.Collections.Concurrent;
using Moq;
using Tidewater.App.Batch;
using Tidewater.Orchestration;

namespace Tidewater.App.Tests.Schedule;

/// <summary>A Moq <see cref="IOrchestrationClient"/> that keeps instances in memory and records every start in order.</summary>
internal sealed class FakeOrchestrationClient
{
    private readonly ConcurrentDictionary<string, OrchestrationMetadata> _instances = new();
    private readonly List<(string Orchestrator, BatchRequest Request, string InstanceId)> _starts = [];

    public FakeOrchestrationClient()
    {
        Mock.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => _instances.GetValueOrDefault(id));
        Mock.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string name, object? input, StartOrchestrationOptions? options, CancellationToken _) =>
            {
                string id = options!.InstanceId!;
                _instances[id] = new OrchestrationMetadata(name, id) { RuntimeStatus = OrchestrationRuntimeStatus.Pending };
                lock (_starts)
                {
                    _starts.Add((name, (BatchRequest)input!, id));
                }

                return id;
            });
    }

    public Mock<IOrchestrationClient> Mock { get; } = new(MockBehavior.Strict);

    public IReadOnlyList<(string Orchestrator, BatchRequest Request, string InstanceId)> Starts
    {
        get
        {
            lock (_starts)
            {
                return [.. _starts];
            }
        }
    }

    public void AddExisting(string instanceId, OrchestrationRuntimeStatus status) =>
        _instances[instanceId] = new OrchestrationMetadata(BatchStarter.OrchestratorName, instanceId) { RuntimeStatus = status };

    public int Lookups(string instanceId) =>
        Mock.Invocations.Count(i => i.Method.Name == nameof(IOrchestrationClient.GetInstanceAsync) && (string?)i.Arguments[0] == instanceId);
}
