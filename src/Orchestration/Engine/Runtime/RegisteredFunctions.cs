namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>An orchestrator as the engine runs it: context in, JSON output out.</summary>
internal sealed class RegisteredOrchestrator(string name, Func<IOrchestrationContext, Task<string?>> run)
{
    /// <summary>The registered name.</summary>
    public string Name => name;

    /// <summary>Runs the orchestrator (on the episode scheduler).</summary>
    public Task<string?> RunAsync(IOrchestrationContext context) => run(context);
}

/// <summary>An activity as the engine runs it: services and JSON input in, JSON output out.</summary>
internal sealed class RegisteredActivity(string name, Func<IServiceProvider, string?, CancellationToken, Task<string?>> run)
{
    /// <summary>The registered name.</summary>
    public string Name => name;

    /// <summary>Runs the activity with services from a per-call scope.</summary>
    public Task<string?> RunAsync(IServiceProvider services, string? input, CancellationToken cancellationToken) =>
        run(services, input, cancellationToken);
}
