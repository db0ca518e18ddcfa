using Microsoft.Extensions.DependencyInjection;

namespace Tidewater.App.Management;

/// <summary>Registers the management handlers both hosts map to <c>/api/batches</c>, <c>/api/reports</c> and <c>/api/models</c>.</summary>
public static class ManagementServiceCollectionExtensions
{
    /// <summary>Registers the handlers. They need the host's <see cref="Orchestration.IOrchestrationClient"/>, resolved on first use.</summary>
    public static IServiceCollection AddTidewaterManagement(this IServiceCollection services)
    {
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BatchManagementHandler>(sp));
        services.AddSingleton<ModelManagementHandler>();
        services.AddSingleton<ReportReader>();
        return services;
    }
}
