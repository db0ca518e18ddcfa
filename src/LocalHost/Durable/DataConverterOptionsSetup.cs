using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Gives the worker and the client the <see cref="DataConverter"/> registered in DI, if any (the App registers
/// camelCase JSON), and the worker the engine's concurrency limits.
/// </summary>
internal sealed class DataConverterOptionsSetup(IServiceProvider services, IOptions<DurableTaskEngineOptions> engine)
    : IPostConfigureOptions<DurableTaskWorkerOptions>, IPostConfigureOptions<DurableTaskClientOptions>
{
    /// <inheritdoc />
    public void PostConfigure(string? name, DurableTaskWorkerOptions options)
    {
        if (services.GetService<DataConverter>() is { } converter)
        {
            options.DataConverter = converter;
        }

        options.Concurrency.MaximumConcurrentActivityWorkItems = engine.Value.MaxConcurrentActivityFunctions;
        options.Concurrency.MaximumConcurrentOrchestrationWorkItems = engine.Value.MaxConcurrentOrchestratorFunctions;
    }

    /// <inheritdoc />
    public void PostConfigure(string? name, DurableTaskClientOptions options)
    {
        if (services.GetService<DataConverter>() is { } converter)
        {
            options.DataConverter = converter;
        }
    }
}
