using Tidewater.App.Batch;
using Tidewater.App.Http;
using Tidewater.LocalHost.Durable;
using Tidewater.LocalHost.Queues;
using Tidewater.LocalHost.Schedule;
using Tidewater.LocalHost.Security;

namespace Tidewater.LocalHost;

/// <summary>What only the local host adds on top of <c>AddTidewater</c>: its keys, trigger emulation, the Durable Task engine and problem details.</summary>
public static class LocalHostBuilderExtensions
{
    /// <summary>Registers the local host's own services.</summary>
    public static IHostApplicationBuilder AddLocalHostTriggers(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();

        // The same JSON shape as orchestration payloads and the Functions worker (HttpJson).
        services.ConfigureHttpJsonOptions(options => HttpJson.Configure(options.SerializerOptions));
        services.AddOptions<FunctionKeyOptions>().BindConfiguration(App.TidewaterHostBuilderExtensions.SectionName);
        services.AddOptions<QueueTriggerOptions>().BindConfiguration(QueueTriggerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<InboundMessageProcessor>();
        services.AddHostedService<QueueTriggerListener>();
        services.AddBatchScheduleTrigger();

        // Durable's own Azure Storage engine runs the same orchestrator and activity classes Durable Functions runs in Azure.
        builder.AddDurableTaskAzureStorage(BatchFunctions.Register);
        return builder;
    }
}
