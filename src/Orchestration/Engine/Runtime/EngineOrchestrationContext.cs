using Microsoft.Extensions.Logging;
using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>
/// The local engine's <see cref="IOrchestrationContext"/>: every call becomes an action with the next sequence
/// number, recorded in history (or matched against it on replay). Retries are in
/// <c>EngineOrchestrationContext.Retry.cs</c>.
/// </summary>
internal sealed partial class EngineOrchestrationContext(OrchestrationSession session, ILoggerFactory loggerFactory) : IOrchestrationContext
{
    private int _guidCounter;

    /// <inheritdoc />
    public string Name => session.Name;

    /// <inheritdoc />
    public string InstanceId => session.InstanceId;

    /// <inheritdoc />
    public DateTime CurrentUtcDateTime => session.Now;

    /// <inheritdoc />
    public bool IsReplaying => session.IsReplaying;

    /// <inheritdoc />
    public T? GetInput<T>() => PayloadJson.Deserialize<T>(session.Input);

    /// <inheritdoc />
    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (input is TaskOptions && options is null)
        {
            throw new ArgumentException(
                "A TaskOptions value was passed as the activity input; did you mean to pass it as the options?", nameof(input));
        }

        var json = PayloadJson.Serialize(input);
        return options?.Retry is { } policy
            ? RetryAsync(() => ScheduleActivity<TResult>(name, json), policy)
            : ScheduleActivity<TResult>(name, json);
    }

    /// <inheritdoc />
    public Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, SubOrchestrationOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        var instanceId = options?.InstanceId ?? NewGuid().ToString("N");
        InstanceIds.Validate(instanceId, nameof(options));
        var json = PayloadJson.Serialize(input);
        return options?.Retry is { } policy
            ? RetryAsync(() => ScheduleSubOrchestration<TResult>(orchestratorName, instanceId, json), policy)
            : ScheduleSubOrchestration<TResult>(orchestratorName, instanceId, json);
    }

    /// <inheritdoc />
    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) =>
        session.ScheduleTimer(new TimerCreatedEvent(session.NextId(), fireAt.ToUniversalTime()), cancellationToken);

    /// <inheritdoc />
    public void SetCustomStatus(object? customStatus) => session.SetCustomStatus(PayloadJson.Serialize(customStatus));

    /// <inheritdoc />
    public Guid NewGuid() => DeterministicGuid.ForOrchestration(InstanceId, CurrentUtcDateTime, _guidCounter++);

    /// <inheritdoc />
    public ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), this);

    private Task<T> ScheduleActivity<T>(string name, string? input) =>
        session.Schedule<T>(new TaskScheduledEvent(session.NextId(), name, input), name);

    private Task<T> ScheduleSubOrchestration<T>(string name, string instanceId, string? input) =>
        session.Schedule<T>(new SubOrchestrationCreatedEvent(session.NextId(), name, instanceId, input), name);
}
