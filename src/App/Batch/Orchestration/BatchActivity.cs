using Microsoft.DurableTask;

namespace Tidewater.App.Batch;

/// <summary>
/// A batch activity: a Durable Task activity whose work takes a cancellation token. The local host's Durable worker
/// calls <see cref="RunAsync(TaskActivityContext, TInput)"/>, which gives no token (Durable Task does not cancel
/// activities); the Functions app's <c>[ActivityTrigger]</c> calls <see cref="RunAsync(TInput, CancellationToken)"/>
/// with the invocation's.
/// </summary>
/// <typeparam name="TInput">The activity's input.</typeparam>
/// <typeparam name="TOutput">The activity's output.</typeparam>
/// <remarks>
/// A missing input fails with <see cref="ArgumentNullException"/>, which <see cref="BatchOrchestrator.ActivityRetry"/>
/// does not retry. Activities are singletons shared by concurrent calls: they keep no per-call state.
/// </remarks>
public abstract class BatchActivity<TInput, TOutput> : TaskActivity<TInput, TOutput>
    where TInput : class
{
    /// <summary>Runs the activity on <paramref name="input"/>.</summary>
    public abstract Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken);

    /// <inheritdoc />
    public sealed override Task<TOutput> RunAsync(TaskActivityContext context, TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return RunAsync(input, CancellationToken.None);
    }
}
