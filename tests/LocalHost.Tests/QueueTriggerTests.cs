using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;
using Tidewater.LocalHost.Queues;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

[Collection(AzuriteCollections.Azurite)]
public sealed class QueueTriggerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LocalHostFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        (await _factory.StartAsync()).Dispose();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private TidewaterStorage Storage => _factory.Get<TidewaterStorage>();

    private InboundMessageProcessor Processor => _factory.Get<InboundMessageProcessor>();

    private async Task<List<string>> StoredIdsAsync()
    {
        var ids = new List<string>();
        await foreach (var record in _factory.Get<WindowReader>().ReadRecordsAsync(_factory.Get<WindowClock>().Current))
        {
            ids.Add(record.Event.Id);
        }

        return ids;
    }

    private Task SettledAsync(long processed, long poisoned) =>
        Eventually.WaitAsync(
            () => Task.FromResult((Processor.Processed, Processor.Poisoned)),
            v => v.Processed >= processed && v.Poisoned >= poisoned,
            $"{processed} processed and {poisoned} poisoned");

    private async Task<List<QueueMessage>> PoisonMessagesAsync() =>
        [.. (await _factory.Get<TidewaterStorage>().PoisonQueue.ReceiveMessagesAsync(32)).Value];

    [Fact]
    public async Task Message_Base64SingleEventAndArray_AreProcessedAndDeleted()
    {
        await Storage.InboundQueue.SendMessageAsync(BinaryData.FromString(Events.Safe("q1")));
        await Storage.InboundQueue.SendMessageAsync(BinaryData.FromString($"[{Events.Safe("q2")},{Events.Risky("q3")}]"));

        await SettledAsync(processed: 2, poisoned: 0);

        Assert.Equal(["q1", "q2", "q3"], (await StoredIdsAsync()).Order());
        Assert.Equal(0, (await Storage.InboundQueue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Single((await Storage.AlertQueue.ReceiveMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task Message_NotBase64_GoesToPoisonAtOnceWithOriginalBodyAndReason()
    {
        var plain = azurite.CreateQueueServiceClient(QueueMessageEncoding.None).GetQueueClient(_factory.InboundQueue);
        await plain.SendMessageAsync(BinaryData.FromString("{not base64!}"));

        await SettledAsync(processed: 0, poisoned: 1);

        var poisoned = Assert.Single(await PoisonMessagesAsync());
        Assert.Equal("{not base64!}", poisoned.MessageText);
        Assert.Equal(1, poisoned.DequeueCount);
        await AssertReasonAsync(poisoned, "base64");
    }

    [Fact]
    public async Task Message_InvalidEvent_GoesToPoisonAtOnce_ReasonListsTheField_NothingStored()
    {
        var body = $$"""[{{Events.Safe("ok")}},{"id":"p2","amount":-5}]""";
        await Storage.InboundQueue.SendMessageAsync(BinaryData.FromString(body));

        await SettledAsync(processed: 0, poisoned: 1);

        var poisoned = Assert.Single(await PoisonMessagesAsync());
        Assert.Equal(body, Encoding.UTF8.GetString(Convert.FromBase64String(poisoned.MessageText)));
        var reason = await AssertReasonAsync(poisoned, "invalid");
        Assert.True(reason.GetProperty("errors").TryGetProperty("$[1].amount", out _));
        Assert.Empty(await StoredIdsAsync());
    }

    [Fact]
    public async Task Message_NotJson_GoesToPoisonAtOnce()
    {
        await Storage.InboundQueue.SendMessageAsync(BinaryData.FromString("hello"));

        await SettledAsync(processed: 0, poisoned: 1);

        Assert.Single(await PoisonMessagesAsync());
    }

    [Fact]
    public async Task InboundCount_EqualsProcessedPlusPoisoned()
    {
        for (int i = 0; i < 10; i++)
        {
            await Storage.InboundQueue.SendMessageAsync(BinaryData.FromString(i % 3 == 0 ? "{bad" : Events.Safe($"m{i}")));
        }

        await SettledAsync(processed: 6, poisoned: 4);

        Assert.Equal(10, Processor.Processed + Processor.Poisoned);
        Assert.Equal(6, (await StoredIdsAsync()).Count);
    }

    private async Task<JsonElement> AssertReasonAsync(QueueMessage poisoned, string reasonContains)
    {
        var container = _factory.Get<TidewaterStorage>().PoisonReasons;
        var blobs = new List<BlobItem>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
        {
            blobs.Add(item);
        }

        var blob = Assert.Single(blobs);
        var record = JsonDocument.Parse((await container.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToMemory()).RootElement;
        Assert.Contains(reasonContains, record.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(_factory.InboundQueue, record.GetProperty("queue").GetString());
        Assert.NotNull(poisoned.MessageId);
        return record;
    }
}
