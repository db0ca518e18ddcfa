using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tidewater.LocalHost.Durable;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Durable;

/// <summary>The local engine: Microsoft.DurableTask classes on Durable's Azure Storage provider, on Azurite.</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class DurableTaskAzureStorageTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task FanOutFanIn_OnAzurite_CompletesWithTheSum()
    {
        // Arrange
        using var host = await StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        // Act
        string id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(SumOfSquaresOrchestrator), 20);
        using var cancel = new CancellationTokenSource(Timeout);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancel.Token);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 20).Sum(i => (long)i * i), done.ReadOutputAs<long>());
        await host.StopAsync();
    }

    [Fact]
    public async Task ActivityFailingOnce_WithRetryPolicy_Succeeds()
    {
        // Arrange
        using var host = await StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        string input = Guid.NewGuid().ToString("N");

        // Act
        string id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(RetryingOrchestrator), input);
        using var cancel = new CancellationTokenSource(Timeout);
        var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancel.Token);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(input + " ok", done.ReadOutputAs<string>());
        Assert.Equal(2, FlakyActivity.Attempts[input]);
        await host.StopAsync();
    }

    [Fact]
    public async Task Terminate_RunningInstance_IsTerminatedAndPurgeable()
    {
        // Arrange
        using var host = await StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        string id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(WaitingOrchestrator), "x");
        using var cancel = new CancellationTokenSource(Timeout);
        await client.WaitForInstanceStartAsync(id, cancel.Token);

        // Act
        await client.TerminateInstanceAsync(id, "stopped by test", cancel.Token);
        var done = await client.WaitForInstanceCompletionAsync(id, cancel.Token);
        var purged = await client.PurgeInstanceAsync(id, cancellation: cancel.Token);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await client.GetInstanceAsync(id, cancel.Token));
        await host.StopAsync();
    }

    [Fact]
    public async Task HostJsonSettings_ReachTheEngineOptions()
    {
        // Arrange
        string hub = NewHub();
        using var host = Build(hub, ("storageProvider:partitionCount", "2"), ("storageProvider:controlQueueBatchSize", "8"), ("maxConcurrentActivityFunctions", "3"));

        // Act
        var options = host.Services.GetRequiredService<IOptions<DurableTaskEngineOptions>>().Value;

        // Assert
        Assert.Equal((hub, 2, 8, 3, TimeSpan.FromSeconds(1)), (options.HubName, options.PartitionCount, options.ControlQueueBatchSize, options.MaxConcurrentActivityFunctions, options.MaxQueuePollingInterval));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), (options.WorkItemQueueVisibilityTimeout, options.ControlQueueVisibilityTimeout));
    }

    [Fact]
    public async Task TwoHostsOnOneHub_ShareActivities_AndOneFinishesWhenTheOtherStops()
    {
        // Arrange: two hosts (as two processes would be) on one storage account and task hub.
        string hub = NewHub();
        using var first = Build(hub, "first", ("storageProvider:partitionCount", "2"));
        using var second = Build(hub, "second", ("storageProvider:partitionCount", "2"));
        await first.StartAsync();
        await second.StartAsync();
        var client = second.Services.GetRequiredService<DurableTaskClient>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(180));

        // Act: both run a fan-out; then the first stops while a second fan-out runs, and the second host finishes it.
        string shared = await client.ScheduleNewOrchestrationInstanceAsync(nameof(WhereOrchestrator), 60);
        var both = await client.WaitForInstanceCompletionAsync(shared, getInputsAndOutputs: true, cancel.Token);
        string survivor = await first.Services.GetRequiredService<DurableTaskClient>().ScheduleNewOrchestrationInstanceAsync(nameof(WhereOrchestrator), 30);
        await client.WaitForInstanceStartAsync(survivor, cancel.Token);
        await first.StopAsync(CancellationToken.None);
        var finished = await client.WaitForInstanceCompletionAsync(survivor, getInputsAndOutputs: true, cancel.Token);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, both.RuntimeStatus);
        Assert.Equal(["first", "second"], both.ReadOutputAs<string[]>()!.Distinct().Order());
        Assert.Equal(OrchestrationRuntimeStatus.Completed, finished.RuntimeStatus);
        Assert.Equal(30, finished.ReadOutputAs<string[]>()!.Length);
        await second.StopAsync();
    }

    private static string NewHub() => "T" + Guid.NewGuid().ToString("N")[..12];

    private async Task<IHost> StartAsync()
    {
        var host = Build(NewHub());
        await host.StartAsync();
        return host;
    }

    private IHost Build(string hub, params (string Key, string Value)[] settings) => Build(hub, "only", settings);

    private IHost Build(string hub, string name, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
            ["AzureFunctionsJobHost:extensions:durableTask:hubName"] = hub,
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:partitionCount"] = "1",
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:maxQueuePollingInterval"] = "00:00:01",
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:workItemQueueVisibilityTimeout"] = "00:00:05",
            ["AzureFunctionsJobHost:extensions:durableTask:storageProvider:controlQueueVisibilityTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings)
        {
            values["AzureFunctionsJobHost:extensions:durableTask:" + key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(new HostTag(name));
        builder.AddDurableTaskAzureStorage(registry => registry
            .AddOrchestrator<SumOfSquaresOrchestrator>().AddActivity<SquareActivity>()
            .AddOrchestrator<RetryingOrchestrator>().AddActivity<FlakyActivity>()
            .AddOrchestrator<WaitingOrchestrator>()
            .AddOrchestrator<WhereOrchestrator>().AddActivity<WhereActivity>());
        return builder.Build();
    }
}
