using System.Text.Json;
using Tidewater.Orchestration.Engine.History;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>A call the orchestrator awaits: the action that made it and the task its result completes.</summary>
internal abstract class OpenTask(ActionEvent action, string name)
{
    /// <summary>The action as recorded in history (what is dispatched again after a restart).</summary>
    public ActionEvent Action { get; set; } = action;

    /// <summary>The activity or orchestrator name; the empty string for timers.</summary>
    public string Name => name;

    /// <summary>The sequence number.</summary>
    public int Id => Action.TaskId;

    /// <summary>Completes the task with a JSON result (continuations run inline).</summary>
    public abstract void Complete(string? resultJson);

    /// <summary>Fails the task with <see cref="TaskFailedException"/>.</summary>
    public abstract void Fail(TaskFailureDetails details);

    /// <summary>Cancels the task (a timer whose token was cancelled); false if it already finished.</summary>
    public abstract bool TryCancel();
}

/// <summary>An open task with a typed result.</summary>
internal sealed class OpenTask<T>(ActionEvent action, string name) : OpenTask(action, name)
{
    // Continuations run synchronously on completion: the episode semantics depend on it.
    private readonly TaskCompletionSource<T> _completion = new();

    /// <summary>The task the orchestrator awaits.</summary>
    public Task<T> Task => _completion.Task;

    /// <inheritdoc />
    public override void Complete(string? resultJson)
    {
        T value;
        try
        {
            value = PayloadJson.Deserialize<T>(resultJson)!;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            _completion.TrySetException(e);
            return;
        }

        _completion.TrySetResult(value);
    }

    /// <inheritdoc />
    public override void Fail(TaskFailureDetails details) => _completion.TrySetException(new TaskFailedException(Name, Id, details));

    /// <inheritdoc />
    public override bool TryCancel() => _completion.TrySetCanceled();
}
