using System.Diagnostics.CodeAnalysis;
using Tidewater.Orchestration.Engine.Runtime;

namespace Tidewater.Orchestration.Engine;

/// <summary>
/// The orchestrators and activities the local engine can run, filled by the host at start-up (the counterpart of
/// the <c>[Function]</c> declarations of the Functions app). Names are case-insensitive, as Durable's task names.
/// </summary>
/// <remarks>
/// Orchestrators get no services (as under Durable's source generator, which creates them once with <c>new</c>);
/// activities get services from a scope created per call. Inputs and outputs travel as JSON made with
/// <see cref="OrchestrationJson.Options"/>. The registry is frozen when the engine starts.
/// </remarks>
public sealed class OrchestrationRegistry
{
    private readonly Dictionary<string, RegisteredOrchestrator> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RegisteredActivity> _activities = new(StringComparer.OrdinalIgnoreCase);
    private volatile bool _frozen;

    /// <summary>Registers an orchestrator.</summary>
    /// <param name="name">The orchestrator name used to schedule it.</param>
    /// <param name="run">The orchestrator: deterministic, depending only on the context and its input.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    /// <exception cref="InvalidOperationException">The engine has started.</exception>
    public OrchestrationRegistry AddOrchestrator<TInput, TOutput>(string name, Func<IOrchestrationContext, TInput?, Task<TOutput>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        Add(_orchestrators, name, new RegisteredOrchestrator(name, async context =>
        {
            var output = await run(context, context.GetInput<TInput>());
            return PayloadJson.Serialize(output);
        }));
        return this;
    }

    /// <summary>Registers an activity.</summary>
    /// <param name="name">The activity name orchestrators call.</param>
    /// <param name="run">The activity: services of a per-call scope, the input, and a token cancelled when the engine stops.</param>
    /// <returns>This registry.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    /// <exception cref="InvalidOperationException">The engine has started.</exception>
    public OrchestrationRegistry AddActivity<TInput, TOutput>(string name, Func<IServiceProvider, TInput, CancellationToken, Task<TOutput>> run)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(run);
        Add(_activities, name, new RegisteredActivity(name, async (services, input, cancellationToken) =>
        {
            var output = await run(services, PayloadJson.Deserialize<TInput>(input)!, cancellationToken).ConfigureAwait(false);
            return PayloadJson.Serialize(output);
        }));
        return this;
    }

    /// <summary>The names of the registered orchestrators.</summary>
    public IReadOnlyCollection<string> OrchestratorNames => _orchestrators.Keys;

    /// <summary>The names of the registered activities.</summary>
    public IReadOnlyCollection<string> ActivityNames => _activities.Keys;

    internal bool TryGetOrchestrator(string name, [NotNullWhen(true)] out RegisteredOrchestrator? orchestrator) =>
        _orchestrators.TryGetValue(name, out orchestrator);

    internal bool TryGetActivity(string name, [NotNullWhen(true)] out RegisteredActivity? activity) =>
        _activities.TryGetValue(name, out activity);

    internal void Freeze() => _frozen = true;

    private void Add<T>(Dictionary<string, T> functions, string name, T function)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("Functions cannot be registered once the orchestration engine has started.");
        }

        if (!functions.TryAdd(name, function))
        {
            throw new ArgumentException($"A function named '{name}' is already registered.", nameof(name));
        }
    }
}
