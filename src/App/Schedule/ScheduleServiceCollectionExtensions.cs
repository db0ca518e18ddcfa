using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tidewater.App.Batch;
using Microsoft.DurableTask.Client;

namespace Tidewater.App.Schedule;

/// <summary>Registers the batch schedule's shared parts; called by <c>AddTidewater</c>.</summary>
public static class ScheduleServiceCollectionExtensions
{
    /// <summary>The flat setting the timer trigger attribute references as <c>%BatchSchedule%</c>.</summary>
    public const string BatchScheduleSetting = "BatchSchedule";

    /// <summary>Registers <see cref="ScheduleOptions"/> (validated at start), the schedule store and <see cref="ScheduleHandler"/>.</summary>
    /// <remarks>
    /// <see cref="IBatchStarter"/> and <see cref="ScheduleHandler"/> are registered by factory: they need an
    /// <see cref="DurableTaskClient"/>, which the local host's engine registers (the Functions app builds them per invocation over its <c>[DurableClient]</c>), and a factory is not checked by the
    /// container's build-time validation, so a host without an engine still starts.
    /// </remarks>
    public static IServiceCollection AddTidewaterSchedule(this IServiceCollection services)
    {
        services.AddOptions<ScheduleOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.GetSection(TidewaterHostBuilderExtensions.SectionName).Bind(options);
                options.BatchSchedule = configuration[BatchScheduleSetting] ?? options.BatchSchedule;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ScheduleStore>();
        services.AddSingleton<BatchWatermarkStore>();
        services.TryAddSingleton<IBatchStarter>(sp => new BatchStarter(sp.GetRequiredService<DurableTaskClient>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ScheduleHandler>(sp));
        return services;
    }
}
