using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Tidewater.App.Accumulation;
using Tidewater.App.Configuration;
using Tidewater.LocalHost.Schedule;
using Tidewater.Orchestration;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests.Schedule;

[Collection(AzuriteCollections.Azurite)]
public sealed class BatchScheduleTriggerTests(AzuriteFixture azurite)
{
    private readonly string _scheduleContainer = AzuriteFixture.NewName("schedule");

    private LocalHostFactory Factory(Dictionary<string, string?>? overrides = null)
    {
        overrides ??= [];
        overrides["Tidewater:ScheduleContainer"] = _scheduleContainer;
        return new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(), overrides);
    }

    [Fact]
    public async Task Start_WithInvalidBatchSchedule_FailsNamingTheSetting()
    {
        await using var factory = Factory(new() { ["BatchSchedule"] = "*/5 * * * *" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(factory.StartAsync);

        Assert.Contains("BatchSchedule", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAnEngine_RunOnStartup_StartsTheBatchOfASealedWindow()
    {
        await using var baseFactory = Factory(new() { ["Tidewater:ScheduleRunOnStartup"] = "true", ["Tidewater:BatchScanLimit"] = "6" });
        var window = new WindowClock(Options.Create(new AccumulationOptions()), TimeProvider.System).Current.Previous.Previous;
        var events = azurite.CreateBlobServiceClient().GetBlobContainerClient(baseFactory.EventsContainer);
        await events.CreateIfNotExistsAsync();
        await events.GetBlobClient(SegmentLayout.SegmentName(window, "test-0000000a", 0)).UploadAsync(BinaryData.FromString("{}\n"), overwrite: true);
        var started = new ConcurrentQueue<string>();
        var engine = new Mock<IOrchestrationClient>();
        engine.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, object? _, StartOrchestrationOptions? options, CancellationToken _) =>
            {
                started.Enqueue(options!.InstanceId!);
                return options.InstanceId!;
            });
        engine.Setup(c => c.GetInstanceAsync(It.IsAny<string>(), It.IsAny<bool>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, bool _, CancellationToken _) => started.Contains(id) ? new OrchestrationMetadata("BatchOrchestrator", id) : null);
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(engine.Object)));

        using var client = factory.CreateClient();
        await Eventually.WaitAsync(() => Task.FromResult(started.ToArray()), ids => ids.Length > 0, "a batch to start");

        Assert.Equal(["batch-" + window.Id], started);
        var trigger = factory.Services.GetRequiredService<BatchScheduleTrigger>();
        Assert.NotNull(trigger.Timer);
        Assert.Equal(1, trigger.Timer.Invocations);
    }
}
