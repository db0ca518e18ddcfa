using System.Text;
using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;
using Tidewater.App.Scoring;
using Tidewater.App.Storage;
using Tidewater.Domain.Events;
using Tidewater.Domain.Scoring;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Scoring;

[Collection(AzuriteCollections.Azurite)]
public sealed class ModelProviderTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Current_WithoutPointer_IsShippedV0()
    {
        await using var host = await AppHost.StartAsync(azurite);

        Assert.Equal(RiskModel.Default.Version, host.Get<ModelProvider>().Current.Version);
    }

    [Fact]
    public async Task RefreshAsync_AfterPointerMoves_ScoresWithNewVersionWithoutRestart()
    {
        await using var host = await AppHost.StartAsync(azurite);
        await ModelPublisher.PublishAsync(host.Get<TidewaterStorage>().Models, ModelPublisher.Version("v1"));

        bool changed = await host.Get<ModelProvider>().RefreshAsync(CancellationToken.None);
        bool changedAgain = await host.Get<ModelProvider>().RefreshAsync(CancellationToken.None);
        var result = await host.Get<IngestHandler>().HandleAsync(
            Encoding.UTF8.GetBytes(TestEvents.Json(occurredAt: DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))),
            BodyFormat.Json, EventSource.Http, CancellationToken.None);

        Assert.True(changed);
        Assert.False(changedAgain);
        Assert.Equal("v1", result.Decisions[0].Decision.ModelVersion);
    }

    [Fact]
    public async Task BaselineCache_LoadsTheAccountsShardLazily_AndUnknownAccountsAreNull()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var model = ModelPublisher.Version("v2", 8, "202611210900");
        var baseline = AccountBaseline.FromEvents([SampleEvent("acct-42", 80m)]);
        int shard = BaselineShard.IndexOf("acct-42", 8);
        var shardJson = BaselineShardJson.SerializeToUtf8Bytes(new BaselineShard(new Dictionary<string, AccountBaseline> { ["acct-42"] = baseline }));
        await ModelPublisher.PublishAsync(host.Get<TidewaterStorage>().Models, model, new Dictionary<int, byte[]> { [shard] = shardJson });
        var cache = host.Get<BaselineCache>();

        var known = await cache.GetAsync(model, "acct-42", CancellationToken.None);
        var unknown = await cache.GetAsync(model, "nobody", CancellationToken.None);

        Assert.Equal(baseline, known);
        Assert.Null(unknown);
        Assert.InRange(cache.Count, 1, 2);
    }

    [Fact]
    public async Task BaselineCache_ModelWithoutMergedWindows_NeverTouchesStorage()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var cache = host.Get<BaselineCache>();

        Assert.Null(await cache.GetAsync(RiskModel.Default, "acct-1", CancellationToken.None));
        Assert.Equal(0, cache.Count);
    }

    private static PaymentEvent SampleEvent(string account, decimal amount) =>
        new("e-" + account, EventType.Payment, null, account, amount, "EUR", null, "5411", "DE", PaymentChannel.CardPresent, TestEvents.Now);
}
