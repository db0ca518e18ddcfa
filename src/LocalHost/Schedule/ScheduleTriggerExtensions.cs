using Tidewater.App;

namespace Tidewater.LocalHost.Schedule;

/// <summary>Registers the local host's timer trigger of the batch schedule.</summary>
public static class ScheduleTriggerExtensions
{
    /// <summary>Registers <see cref="ScheduleTimerOptions"/> and the <see cref="BatchScheduleTrigger"/> hosted service.</summary>
    public static IServiceCollection AddBatchScheduleTrigger(this IServiceCollection services)
    {
        services.AddOptions<ScheduleTimerOptions>().BindConfiguration(TidewaterHostBuilderExtensions.SectionName);
        services.AddSingleton<BatchScheduleTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<BatchScheduleTrigger>());
        return services;
    }
}
