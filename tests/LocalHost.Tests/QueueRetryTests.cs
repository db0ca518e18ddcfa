using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.LocalHost.Queues;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

/// <summary>A message that fails every attempt is retried and lands in the poison queue after maxDequeueCount (3 here).</summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class QueueRetryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Message_FailingEveryAttempt_IsPoisonedAfterMaxDequeueCount()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        (await factory.StartAsync()).Dispose();
        var storage = factory.Get<TidewaterStorage>();
        await BreakBaselinesAsync(storage, factory.Get<ModelProvider>());

        await storage.InboundQueue.SendMessageAsync(BinaryData.FromString(Events.Safe("fails")));
        var processor = factory.Get<InboundMessageProcessor>();
        await Eventually.WaitAsync(() => Task.FromResult(processor.Poisoned), p => p == 1, "the failing message to be poisoned");

        var poisoned = Assert.Single((await storage.PoisonQueue.ReceiveMessagesAsync(32)).Value);
        Assert.Equal(Events.Safe("fails").Length, Convert.FromBase64String(poisoned.MessageText).Length);
        Assert.Equal(0, processor.Processed);
        await foreach (var reason in storage.PoisonReasons.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            var record = JsonDocument.Parse((await storage.PoisonReasons.GetBlobClient(reason.Name).DownloadContentAsync()).Value.Content.ToMemory()).RootElement;
            Assert.Contains("failed 3 times", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(3, record.GetProperty("dequeueCount").GetInt64());
        }
    }

    [Fact]
    public async Task Message_AlreadyDequeuedMoreThanMax_IsPoisonedWithoutProcessing()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(),
            new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "1" });
        var inbound = azurite.CreateQueueServiceClient().GetQueueClient(factory.InboundQueue); // the host is not started yet
        await inbound.CreateIfNotExistsAsync();
        await inbound.SendMessageAsync(BinaryData.FromString(Events.Safe("stale")));
        for (int i = 0; i < 2; i++)
        {
            // Simulate hosts that crashed while holding the message: received twice, never settled.
            var held = Assert.Single((await inbound.ReceiveMessagesAsync(1)).Value);
            await inbound.UpdateMessageAsync(held.MessageId, held.PopReceipt, message: null, TimeSpan.Zero);
        }

        (await factory.StartAsync()).Dispose();
        var processor = factory.Get<InboundMessageProcessor>();
        await Eventually.WaitAsync(() => Task.FromResult(processor.Poisoned), p => p == 1, "the stale message to be poisoned");

        Assert.Equal(0, processor.Processed);
    }

    /// <summary>Points the current model at a version whose every baseline shard is corrupt: scoring then always fails.</summary>
    private static async Task BreakBaselinesAsync(TidewaterStorage storage, ModelProvider provider)
    {
        var model = new Domain.Scoring.RiskModel("broken", Domain.Scoring.RiskModel.Default.Weights, Domain.Scoring.RiskModel.Default.HighRiskMerchantCategories,
            Domain.Scoring.RiskModel.Default.Population, 1, ["202601010000"]);
        await storage.Models.GetBlobClient(ModelLayout.ModelBlob("broken")).UploadAsync(new BinaryData(Domain.Scoring.RiskModelJson.SerializeToUtf8Bytes(model)), overwrite: true);
        await storage.Models.GetBlobClient(ModelLayout.ShardBlob("broken", 0)).UploadAsync(BinaryData.FromString("{corrupt"), overwrite: true);
        await storage.Models.GetBlobClient(ModelLayout.CurrentPointer).UploadAsync(BinaryData.FromString("""{"version":"broken","pinned":false,"updatedAt":"2026-01-01T00:00:00Z"}"""), overwrite: true);
        Assert.True(await provider.RefreshAsync(CancellationToken.None));
    }
}
