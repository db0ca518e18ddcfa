using Microsoft.Extensions.Logging;

namespace Tidewater.Orchestration;

/// <summary>
/// What an orchestrator may do: the subset of Durable Task's <c>TaskOrchestrationContext</c> the app uses, with the
/// same names and semantics, so the Functions adapter is a one-to-one translation and the local engine runs the
/// same orchestrator code.
/// </summary>
/// <remarks>
/// Orchestrators are replayed: they must be deterministic. Read time only from <see cref="CurrentUtcDateTime"/>,
/// ids only from <see cref="NewGuid"/>, do no I/O, and wait only on tasks this context returns (combining them
/// with <see cref="Task.WhenAll(Task[])"/> and <see cref="Task.WhenAny(Task[])"/> is allowed).
/// </remarks>
public interface IOrchestrationContext
{
    /// <summary>The orchestrator's name.</summary>
    string Name { get; }

    /// <summary>This instance's id.</summary>
    string InstanceId { get; }

    /// <summary>The deterministic current time: when the current episode started, replayed from history.</summary>
    DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the orchestrator is replaying history rather than making progress.</summary>
    bool IsReplaying { get; }

    /// <summary>The instance's input.</summary>
    T? GetInput<T>();

    /// <summary>Schedules an activity and returns its result.</summary>
    /// <exception cref="TaskFailedException">The activity failed (after its retries).</exception>
    Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    /// <summary>Runs a sub-orchestration (with the instance id from <paramref name="options"/>, if given) and returns its output.</summary>
    /// <exception cref="TaskFailedException">The sub-orchestration failed (after its retries).</exception>
    Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, SubOrchestrationOptions? options = null);

    /// <summary>A durable timer that fires at <paramref name="fireAt"/> (UTC). The token cancels it, as in Durable.</summary>
    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Sets the status operators see while the instance runs (serialised as JSON).</summary>
    void SetCustomStatus(object? customStatus);

    /// <summary>A deterministic new GUID (the same on every replay).</summary>
    Guid NewGuid();

    /// <summary>A logger that writes only when the orchestrator is not replaying.</summary>
    ILogger CreateReplaySafeLogger(string categoryName);
}
