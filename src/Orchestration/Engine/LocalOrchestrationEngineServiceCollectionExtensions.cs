using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tidewater.Orchestration.Engine.Hosting;
using Tidewater.Storage;

namespace Tidewater.Orchestration.Engine;

/// <summary>Registers the local orchestration engine: the way the local host (and tests, and benchmarks) run orchestrations.</summary>
public static class LocalOrchestrationEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine as a hosted service, <see cref="IOrchestrationClient"/>, the retention run, and the
    /// <see cref="OrchestrationRegistry"/> (one per container; each call may add functions through
    /// <paramref name="configure"/>).
    /// </summary>
    /// <remarks>
    /// <para>Options: <c>hubName</c>, <c>maxConcurrentActivityFunctions</c> and <c>maxConcurrentOrchestratorFunctions</c>
    /// from <see cref="LocalOrchestrationEngineOptions.DurableTaskSection"/> (<c>%Name%</c> in <c>hubName</c> reads the
    /// app setting <c>Name</c>, as the Functions host does), the rest from
    /// <see cref="LocalOrchestrationEngineOptions.SectionName"/>; validated at start.</para>
    /// <para>Storage: a registered <see cref="BlobServiceClient"/>, else one for the <c>AzureWebJobsStorage</c> connection.
    /// Time: a registered <see cref="TimeProvider"/>, else the system clock.</para>
    /// </remarks>
    public static IServiceCollection AddLocalOrchestrationEngine(this IServiceCollection services, Action<OrchestrationRegistry>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(OrchestrationRegistry))?.ImplementationInstance as OrchestrationRegistry;
        if (registry is null)
        {
            registry = new OrchestrationRegistry();
            services.AddSingleton(registry);
            AddEngine(services);
        }

        configure?.Invoke(registry);
        return services;
    }

    private static void AddEngine(IServiceCollection services)
    {
        services.AddOptions<LocalOrchestrationEngineOptions>()
            .Configure<IServiceProvider>((options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    configuration.GetSection(LocalOrchestrationEngineOptions.DurableTaskSection).Bind(options);
                    configuration.GetSection(LocalOrchestrationEngineOptions.SectionName).Bind(options);
                    options.HubName = ResolveAppSetting(options.HubName, configuration);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => StorageConnection.FromConfiguration(provider.GetRequiredService<IConfiguration>())
            .CreateBlobServiceClient(provider.GetService<StorageClientOptions>()));
        services.AddSingleton<LocalOrchestrationEngine>();
        services.AddHostedService<EngineStartupService>();
        services.AddSingleton<IOrchestrationClient, LocalOrchestrationClient>();
        services.AddHostedService<OrchestrationRetentionService>();
    }

    private static string ResolveAppSetting(string value, IConfiguration configuration) =>
        value.Length > 2 && value[0] == '%' && value[^1] == '%' ? configuration[value[1..^1]] ?? value : value;
}
