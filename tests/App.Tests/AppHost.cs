using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.App.Tests;

/// <summary>
/// The App layer composed exactly as the hosts compose it (<c>AddTidewater</c>), on Azurite, with names unique to
/// one test so tests never see each other's data.
/// </summary>
internal sealed class AppHost : IAsyncDisposable
{
    private AppHost(IHost host, Dictionary<string, string?> settings)
    {
        Host = host;
        Settings = settings;
    }

    public IHost Host { get; }

    public Dictionary<string, string?> Settings { get; }

    public IServiceProvider Services => Host.Services;

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    public static Dictionary<string, string?> UniqueSettings(string connectionString)
    {
        string suffix = Guid.NewGuid().ToString("N")[..12];
        return new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connectionString,
            ["InboundQueue"] = "in-" + suffix,
            ["Tidewater:AlertQueue"] = "alerts-" + suffix,
            ["Tidewater:EventsContainer"] = "events-" + suffix,
            ["Tidewater:ModelsContainer"] = "models-" + suffix,
            ["Tidewater:PoisonContainer"] = "poison-" + suffix,
        };
    }

    /// <summary>Starts a host and waits until it is ready to ingest.</summary>
    public static async Task<AppHost> StartAsync(AzuriteFixture azurite, Dictionary<string, string?>? settings = null, TimeProvider? time = null, StorageClientSettings? clientOptions = null)
    {
        settings ??= UniqueSettings(azurite.ConnectionString);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStorageClientSettings(clientOptions ?? azurite.CreateClientSettings());
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.AddTidewater();
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<StartupGate>().Opened.WaitAsync(TimeSpan.FromSeconds(30));
        return new AppHost(host, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
