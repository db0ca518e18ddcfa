using System.Text.Json;
using System.Text.Json.Serialization;
using Tidewater.App.Batch;
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

        // The same JSON shape as orchestration payloads and the Functions worker: camelCase, enums as camelCase strings.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
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
