using Tidewater.LocalHost.Queues;
using Tidewater.LocalHost.Schedule;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost;

/// <summary>What only the local host adds on top of <c>AddTidewater</c>: its keys, trigger emulation and problem details.</summary>
public static class LocalHostBuilderExtensions
{
    /// <summary>Registers the local host's own services.</summary>
    public static IHostApplicationBuilder AddLocalHostTriggers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddOptions<FunctionKeyOptions>().BindConfiguration(App.TidewaterHostBuilderExtensions.SectionName);
        services.AddOptions<QueueTriggerOptions>().BindConfiguration(QueueTriggerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InboundMessageProcessor>();
        services.AddHostedService<QueueTriggerListener>();
        services.AddBatchScheduleTrigger();
        return builder;
    }
}
