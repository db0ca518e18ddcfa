using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidewater.App.Accumulation;
using Tidewater.App.Schedule;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Schedule;

/// <summary>
/// <see cref="ScheduleHandler"/> as <c>AddTidewater</c> composes it, on Azurite and a fake clock, with a Moq
/// batch starter. The host is built, not started: only the handler runs.
/// </summary>
internal sealed class ScheduleHandlerHarness : IDisposable
{
    private readonly IHost _host;

    private ScheduleHandlerHarness(IHost host, FakeTimeProvider time, FakeBatchStarter starter)
    {
        _host = host;
        Time = time;
        Starter = starter;
    }

    public FakeTimeProvider Time { get; }

    public FakeBatchStarter Starter { get; }

    public ScheduleHandler Handler => _host.Services.GetRequiredService<ScheduleHandler>();

    public WindowClock Clock => _host.Services.GetRequiredService<WindowClock>();

    public static async Task<ScheduleHandlerHarness> CreateAsync(AzuriteFixture azurite, DateTimeOffset now, IDictionary<string, string?>? overrides = null)
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        settings["Tidewater:ScheduleContainer"] = AzuriteFixture.NewName("schedule");
        settings["Tidewater:BatchScanLimit"] = "48"; // the first run looks back two days of hourly windows, not the default 1,440
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var time = new FakeTimeProvider(now);
        var starter = new FakeBatchStarter();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddStorageClientSettings(azurite.CreateClientSettings());
        builder.AddTidewater();
        builder.Services.AddSingleton(starter.Mock.Object);
        var host = builder.Build();
        await host.Services.GetRequiredService<TidewaterStorage>().EnsureCreatedAsync(CancellationToken.None);
        return new ScheduleHandlerHarness(host, time, starter);
    }

    /// <summary>Writes one segment into <paramref name="window"/>.</summary>
    public async Task AddSegmentAsync(WindowKey window)
    {
        var events = _host.Services.GetRequiredService<TidewaterStorage>().Events;
        await events.GetBlobClient(SegmentLayout.SegmentName(window, "test-0000000a", 0)).UploadAsync(BinaryData.FromString("{}\n"), overwrite: true);
    }

    /// <summary>The window <paramref name="windows"/> windows before the one open now.</summary>
    public WindowKey WindowsAgo(int windows)
    {
        var window = Clock.Current;
        for (int i = 0; i < windows; i++)
        {
            window = window.Previous;
        }

        return window;
    }

    public static string Id(WindowKey window) => "batch-" + window.Id;

    public void Dispose() => _host.Dispose();
}
