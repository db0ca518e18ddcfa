using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tidewater.App.Accumulation;
using Tidewater.App.Alerts;
using Tidewater.App.Batch;
using Tidewater.App.Configuration;
using Tidewater.App.Dashboard;
using Tidewater.App.Dedupe;
using Tidewater.App.Ingest;
using Tidewater.App.Management;
using Tidewater.App.Queues;
using Tidewater.App.Schedule;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.App.Telemetry;

namespace Tidewater.App;

/// <summary>The one composition method both hosts call, so they register identical services.</summary>
public static class TidewaterHostBuilderExtensions
{
    /// <summary>The configuration section of every non-trigger app setting.</summary>
    public const string SectionName = "Tidewater";

    /// <summary>Registers the whole application: options, storage, scoring, accumulation, ingest and queue handling.</summary>
    public static IHostApplicationBuilder AddTidewater(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddTidewaterMetrics();

        AddValidatedOptions<AccumulationOptions>(services);
        AddValidatedOptions<IngestOptions>(services);
        AddValidatedOptions<ScoringOptions>(services);
        services.AddOptions<QueueOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.GetSection(SectionName).Bind(options);
                options.InboundQueue = configuration["InboundQueue"] ?? options.InboundQueue;
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp => StorageConnectionSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(new StorageClientSettings());
        services.AddSingleton(sp => new StorageClients(sp.GetRequiredService<StorageConnectionSettings>(), sp.GetRequiredService<StorageClientSettings>()));
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton<TidewaterStorage>();

        services.AddSingleton<WindowClock>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<AccumulationWriter>(sp, sp.GetRequiredService<TidewaterStorage>().Events));
        services.AddSingleton(sp => new WindowReader(sp.GetRequiredService<TidewaterStorage>().Events));
        services.AddSingleton<RecentEventIndex>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ModelProvider>(sp, sp.GetRequiredService<TidewaterStorage>().Models));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BaselineCache>(sp, sp.GetRequiredService<TidewaterStorage>().Models));
        services.AddSingleton(sp => new AlertSender(sp.GetRequiredService<TidewaterStorage>().AlertQueue));
        services.AddSingleton<StartupGate>();
        services.AddSingleton<IngestHandler>();
        services.AddSingleton<InboundMessageHandler>();
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<TidewaterStorage>();
            return new PoisonQueue(storage.PoisonQueue, storage.PoisonReasons, storage.InboundQueue.Name, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<PoisonMetrics>());
        });

        services.AddTidewaterSchedule();
        services.AddTidewaterManagement();
        services.AddTidewaterBatch();
        services.AddTidewaterDashboard();

        services.AddHostedService<StartupInitializer>();
        services.AddHostedService<ModelRefreshService>();
        return builder;
    }

    private static void AddValidatedOptions<TOptions>(IServiceCollection services)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(SectionName).ValidateDataAnnotations().ValidateOnStart();
}
