using Microsoft.Extensions.DependencyInjection;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Tidewater.App.Batch;

/// <summary>Registers the batch path's services; called by <c>AddTidewater</c>.</summary>
public static class BatchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BatchOptions"/> (validated at start), the batch's storage, caches, every activity and the
    /// orchestration payload shape (<see cref="OrchestrationJson.Converter"/> as the <see cref="DataConverter"/>, also
    /// set on every <see cref="DurableTaskClientOptions"/>). Each host's worker maps names to the orchestrators and
    /// activities with <see cref="BatchFunctions.Register"/>.
    /// </summary>
    public static IServiceCollection AddTidewaterBatch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BatchOptions>()
            .BindConfiguration(TidewaterHostBuilderExtensions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<BatchStorage>();
        services.TryAddSingleton<BatchDocuments>();
        services.TryAddSingleton<BatchModelStore>();
        services.TryAddSingleton<WindowIdSets>();
        services.TryAddSingleton<LabelIndex>();
        services.TryAddSingleton<PlanBatchActivity>();
        services.TryAddSingleton<IndexChunkActivity>();
        services.TryAddSingleton<ResolveDuplicatesActivity>();
        services.TryAddSingleton<ProcessChunkActivity>();
        services.TryAddSingleton<MergePartialsActivity>();
        services.TryAddSingleton<RefreshModelActivity>();
        services.TryAddSingleton<BatchReportActivity>();
        services.TryAddSingleton(OrchestrationJson.Converter);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DurableTaskClientOptions>, OrchestrationJsonClientSetup>());
        return services;
    }
}
