using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tidewater.App.Batch;

/// <summary>Registers the batch path's services; called by <c>AddTidewater</c>.</summary>
public static class BatchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BatchOptions"/> (validated at start), the batch's storage, caches and every activity.
    /// The orchestration engine maps names to them with <see cref="BatchFunctions.Register"/>.
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
        return services;
    }
}
