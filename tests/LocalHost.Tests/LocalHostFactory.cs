using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tidewater.App;
using Tidewater.App.Storage;
using Tidewater.LocalHost.Durable;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

/// <summary>
/// The real local host (its Program) in memory, on a given storage, with unique names and known keys; settings in
/// <paramref name="overrides"/> win, and <paramref name="services"/> adds test services last.
/// </summary>
public sealed class LocalHostFactory(
    string connectionString, StorageClientSettings clientOptions, IDictionary<string, string?>? overrides = null, TimeProvider? time = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string FunctionKey = "function-key-1";
    public const string SecondFunctionKey = "function-key-2";
    public const string AdminKey = "admin-key-1";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];

    public string InboundQueue => "in-" + _suffix;

    public string AlertQueue => "alerts-" + _suffix;

    public string EventsContainer => "events-" + _suffix;

    public string PoisonContainer => "poison-" + _suffix;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<HttpClient> StartAsync()
    {
        var client = CreateClient();
        await Get<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        await Get<DurableTaskEngineStatus>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");

        // Host settings are visible while Program composes the host (app configuration only once it is built): the
        // overrides go in both, so a setting Program reads early (OTEL_EXPORTER_OTLP_ENDPOINT) sees them too.
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = connectionString,
                ["InboundQueue"] = InboundQueue,
                ["Tidewater:AlertQueue"] = AlertQueue,
                ["Tidewater:EventsContainer"] = EventsContainer,
                ["Tidewater:ModelsContainer"] = "models-" + _suffix,
                ["Tidewater:PoisonContainer"] = PoisonContainer,
                ["Tidewater:ScheduleContainer"] = "schedule-" + _suffix,
                ["Tidewater:BatchContainer"] = "batch-" + _suffix,
                ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = "Hub" + _suffix,
                ["Tidewater:FunctionKey"] = FunctionKey + "," + SecondFunctionKey,
                ["Tidewater:AdminKey"] = AdminKey,
                ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
                ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
                ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3",
                ["AzureFunctionsJobHost:extensions:queues:messageEncoding"] = "base64",
            };
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddStorageClientSettings(clientOptions);
            if (time is not null)
            {
                testServices.AddSingleton(time);
            }

            services?.Invoke(testServices);
        });
    }
}
