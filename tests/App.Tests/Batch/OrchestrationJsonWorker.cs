using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App.Batch;

namespace Tidewater.App.Tests.Batch;

/// <summary>Test engines store payloads as both hosts do: <see cref="OrchestrationJson.Converter"/> on every worker and client.</summary>
internal static class OrchestrationJsonWorker
{
    public static IServiceCollection AddOrchestrationJsonWorker(this IServiceCollection services)
    {
        services.PostConfigureAll<DurableTaskWorkerOptions>(options => options.DataConverter = OrchestrationJson.Converter);
        services.PostConfigureAll<DurableTaskClientOptions>(options => options.DataConverter = OrchestrationJson.Converter);
        return services;
    }
}
