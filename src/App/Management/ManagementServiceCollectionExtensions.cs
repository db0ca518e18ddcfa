using Microsoft.Extensions.DependencyInjection;

namespace Tidewater.App.Management;

/// <summary>Registers the management handlers both hosts map to <c>/api/batches</c>, <c>/api/reports</c> and <c>/api/models</c>.</summary>
public static class ManagementServiceCollectionExtensions
{
    /// <summary>Registers the handlers. The batch handler needs a <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/>, resolved on first use (the local host registers one; the Functions app builds the handler per invocation over its <c>[DurableClient]</c>).</summary>
    public static IServiceCollection AddTidewaterManagement(this IServiceCollection services)
    {
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BatchManagementHandler>(sp));
        services.AddSingleton<ModelManagementHandler>();
        services.AddSingleton<ReportReader>();
        return services;
    }
}
