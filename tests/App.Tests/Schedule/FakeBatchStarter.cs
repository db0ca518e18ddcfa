using System.Collections.Concurrent;
using Microsoft.DurableTask.Client;
using Moq;
using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Schedule;

/// <summary>A Moq <see cref="IBatchStarter"/> (our port) that keeps instances in memory and records every start in order.</summary>
/// <remarks>The real <see cref="BatchStarter"/> over Durable's client is tested on the in-memory engine (BatchStarterTests).</remarks>
internal sealed class FakeBatchStarter
{
    private readonly ConcurrentDictionary<string, OrchestrationMetadata> _instances = new();
    private readonly List<(BatchRequest Request, string InstanceId)> _starts = [];

    public FakeBatchStarter()
    {
        Mock.Setup(s => s.GetOrStartAsync(It.IsAny<string>(), It.IsAny<BatchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, BatchRequest request, CancellationToken _) =>
            {
                if (_instances.TryGetValue(id, out var existing))
                {
                    return (existing, false);
                }

                var started = new OrchestrationMetadata(BatchStarter.OrchestratorName, id) { RuntimeStatus = OrchestrationRuntimeStatus.Pending };
                _instances[id] = started;
                lock (_starts)
                {
                    _starts.Add((request, id));
                }

                return (started, true);
            });
    }

    public Mock<IBatchStarter> Mock { get; } = new(MockBehavior.Strict);

    public IReadOnlyList<(BatchRequest Request, string InstanceId)> Starts
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

    /// <summary>How many times the handler asked for <paramref name="instanceId"/>.</summary>
    public int Calls(string instanceId) =>
        Mock.Invocations.Count(i => i.Method.Name == nameof(IBatchStarter.GetOrStartAsync) && (string?)i.Arguments[0] == instanceId);
}
