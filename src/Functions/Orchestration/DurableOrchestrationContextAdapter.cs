using Microsoft.Extensions.Logging;
using Tidewater.Orchestration;
using Durable = Microsoft.DurableTask;

namespace Tidewater.Functions.Orchestration;

/// <summary>
/// Our orchestration port over Durable's <see cref="Durable.TaskOrchestrationContext"/>: each member is the call of
/// the same name, with our options and failures translated (<see cref="DurableMappings"/>), so App orchestrators
/// run unchanged and catch one <see cref="TaskFailedException"/> type on both hosts.
/// </summary>
/// <remarks>
/// WARNING: never add <c>ConfigureAwait(false)</c> here: an orchestrator's continuations must stay on Durable's
/// orchestration scheduler.
/// </remarks>
public sealed class DurableOrchestrationContextAdapter(Durable.TaskOrchestrationContext context) : IOrchestrationContext
{
    /// <inheritdoc />
    public string Name => context.Name;

    /// <inheritdoc />
    public string InstanceId => context.InstanceId;

    /// <inheritdoc />
    public DateTime CurrentUtcDateTime => context.CurrentUtcDateTime;

    /// <inheritdoc />
    public bool IsReplaying => context.IsReplaying;

    /// <inheritdoc />
    public T? GetInput<T>() => context.GetInput<T>();

    /// <inheritdoc />
    public async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        try
        {
            return await context.CallActivityAsync<TResult>(name, input, DurableMappings.ToDurableTaskOptions(options));
        }
        catch (Durable.TaskFailedException failure)
        {
            throw DurableMappings.FromDurable(failure);
        }
    }

    /// <inheritdoc />
    public async Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, SubOrchestrationOptions? options = null)
    {
        try
        {
            return await context.CallSubOrchestratorAsync<TResult>(orchestratorName, input, DurableMappings.ToDurableSubOrchestrationOptions(options));
        }
        catch (Durable.TaskFailedException failure)
        {
            throw DurableMappings.FromDurable(failure);
        }
    }

    /// <inheritdoc />
    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => context.CreateTimer(fireAt, cancellationToken);

    /// <inheritdoc />
    public void SetCustomStatus(object? customStatus) => context.SetCustomStatus(customStatus);

    /// <inheritdoc />
    public Guid NewGuid() => context.NewGuid();

    /// <inheritdoc />
    public ILogger CreateReplaySafeLogger(string categoryName) => context.CreateReplaySafeLogger(categoryName);
}
