using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Tidewater.LocalHost.Durable;

/// <summary>Composition of the local orchestration engine: Durable's own Azure Storage provider behind an in-process sidecar.</summary>
public static class DurableTaskEngineExtensions
{
    /// <summary>
    /// Runs the tasks <paramref name="registerTasks"/> registers on the Durable Task Azure Storage provider, on the
    /// account of <c>AzureWebJobsStorage</c> and with host.json <c>extensions:durableTask</c> settings, and registers
    /// a <see cref="DurableTaskClient"/> for the same task hub.
    /// </summary>
    /// <remarks>
    /// Registers <see cref="DurableTaskEngineOptions"/> (validated at start-up), <see cref="DurableTaskEngineStatus"/>, the provider as
    /// <see cref="IOrchestrationService"/> and <see cref="IOrchestrationServiceClient"/>, a hosted sidecar that
    /// creates the hub and serves it over gRPC, and the worker and client over that sidecar. A
    /// <see cref="DataConverter"/> singleton in DI, registered before or after this call, is used by both.
    /// Call once per host.
    /// </remarks>
    public static IHostApplicationBuilder AddDurableTaskAzureStorage(
        this IHostApplicationBuilder builder, Action<DurableTaskRegistry> registerTasks)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var services = builder.Services;

        services.AddOptions<DurableTaskEngineOptions>().ValidateOnStart();
        services.AddSingleton<IConfigureOptions<DurableTaskEngineOptions>, DurableTaskEngineSettings>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DurableTaskEngineOptions>, DurableTaskEngineOptionsValidator>());

        services.AddSingleton(sp => new AzureStorageOrchestrationService(AzureStorageServiceSettingsFactory.Create(
            sp.GetRequiredService<IOptions<DurableTaskEngineOptions>>().Value,
            StorageAccountClientProviderFactory.Create(sp.GetRequiredService<IConfiguration>()),
            sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton<IOrchestrationService>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());
        services.AddSingleton<IOrchestrationServiceClient>(sp => sp.GetRequiredService<AzureStorageOrchestrationService>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DurableTaskEngineStatus>();
        var endpoint = new SidecarEndpoint();
        services.AddSingleton(endpoint);
        services.AddHostedService<DurableTaskSidecarHost>();

        services.AddSingleton<DataConverterOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<DurableTaskWorkerOptions>>(sp => sp.GetRequiredService<DataConverterOptionsSetup>());
        services.AddSingleton<IPostConfigureOptions<DurableTaskClientOptions>>(sp => sp.GetRequiredService<DataConverterOptionsSetup>());

        // Registered after the sidecar: hosted services start in order and stop in reverse, so the worker connects
        // to a listening sidecar and disconnects before the dispatchers and the provider stop.
        services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(registerTasks);
            worker.UseGrpc(endpoint.Channel);
        });
        services.AddDurableTaskClient(client =>
        {
            client.UseGrpc(endpoint.Channel);
            client.RegisterDirectly();
        });
        return builder;
    }
}
