using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Tidewater.App.Dashboard;

/// <summary>Registers the dashboard's page and read model; called by <c>AddTidewater</c>.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>
    /// Registers the assets, the real-time aggregator (listening from host start), the readers (singletons: they remember finished reports and published versions) and
    /// <see cref="DashboardHandler"/> by factory: it needs the batch handler, and so a Durable client, only on first use
    /// (the Functions app builds it per invocation over its <c>[DurableClient]</c>).
    /// </summary>
    public static IServiceCollection AddTidewaterDashboard(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(DashboardAssets.Embedded);
        services.TryAddSingleton<WindowSegmentReader>();
        services.TryAddSingleton<FinishedReports>();
        services.TryAddSingleton<ModelHistoryReader>();
        services.TryAddSingleton<RealtimeAggregator>();
        services.AddHostedService<RealtimeAggregatorStarter>();
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<DashboardHandler>(sp));
        return services;
    }
}
