using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Microsoft.DurableTask.Client;
using Tidewater.App.Accumulation;
using Tidewater.App.Batch;
using Tidewater.App.Configuration;
using Tidewater.LocalHost.Schedule;
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
        var starter = new Mock<IBatchStarter>();
        starter.Setup(s => s.GetOrStartAsync(It.IsAny<string>(), It.IsAny<BatchRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, BatchRequest _, CancellationToken _) =>
            {
                bool isNew = !started.Contains(id);
                if (isNew)
                {
                    started.Enqueue(id);
                }

                return (new OrchestrationMetadata(BatchOrchestrator.Name, id), isNew);
            });
        await using var factory = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(starter.Object)));

        using var client = factory.CreateClient();
        await Eventually.WaitAsync(() => Task.FromResult(started.ToArray()), ids => ids.Length > 0, "a batch to start");

        Assert.Equal(["batch-" + window.Id], started);
        var trigger = factory.Services.GetRequiredService<BatchScheduleTrigger>();
        Assert.NotNull(trigger.Timer);
        Assert.Equal(1, trigger.Timer.Invocations);
    }
}
