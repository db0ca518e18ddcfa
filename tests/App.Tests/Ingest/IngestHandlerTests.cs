using System.Text;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.App.Ingest;
using Tidewater.App.Storage;
using Tidewater.Domain.Scoring;
using Tidewater.Testing;

namespace Tidewater.App.Tests.Ingest;

[Collection(AzuriteCollections.Azurite)]
public sealed class IngestHandlerTests(AzuriteFixture azurite)
{
    /// <summary>Scores decline under the shipped v0 model: large amount, gambling MCC, foreign country, ecommerce, night.</summary>
    private static string RiskyJson(string id, DateTimeOffset now) =>
        $$"""{"id":"{{id}}","type":"payment","accountId":"acct-9","amount":9000,"currency":"EUR","merchantCategory":"7995","country":"NG","channel":"ecommerce","occurredAt":"{{now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""";

    private static string SafeJson(string id, DateTimeOffset now) => TestEvents.Json(id, occurredAt: now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

    private static Task<IngestResult> Ingest(AppHost host, string body, BodyFormat format = BodyFormat.Json) =>
        host.Get<IngestHandler>().HandleAsync(Encoding.UTF8.GetBytes(body), format, EventSource.Http, CancellationToken.None);

    private static async Task<List<AccumulationRecord>> StoredAsync(AppHost host)
    {
        var records = new List<AccumulationRecord>();
        var clock = host.Get<WindowClock>();
        await foreach (var record in host.Get<WindowReader>().ReadRecordsAsync(clock.Current))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task HandleAsync_ValidEvents_AreStoredWithDecisionAndAnswered()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var result = await Ingest(host, $"[{SafeJson("a", now)},{SafeJson("b", now)}]");

        Assert.True(result.IsAccepted);
        Assert.Equal(["a", "b"], result.Decisions.Select(d => d.EventId));
        Assert.All(result.Decisions, d => Assert.False(d.Duplicate));
        var stored = await StoredAsync(host);
        Assert.Equal(["a", "b"], stored.Select(r => r.Event.Id).Order());
        Assert.All(stored, r => Assert.Equal(EventSource.Http, r.Source));
        Assert.Equal(result.Decisions[0].Decision.Score, stored.Single(r => r.Event.Id == "a").Decision.Score);
    }

    [Fact]
    public async Task HandleAsync_OneInvalidItem_StoresNothing()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var result = await Ingest(host, $$"""[{{SafeJson("a", now)}},{"id":"b"}]""");

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Problems, p => p.Path == "$[1].amount");
        Assert.Empty(await StoredAsync(host));
    }

    [Fact]
    public async Task HandleAsync_RepeatedId_ReturnsOriginalDecisionAsDuplicate_AndStoresOnce()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var first = await Ingest(host, RiskyJson("r1", now));
        var second = await Ingest(host, RiskyJson("r1", now));

        Assert.False(first.Decisions[0].Duplicate);
        Assert.True(second.Decisions[0].Duplicate);
        Assert.Equal(first.Decisions[0].Decision.Score, second.Decisions[0].Decision.Score);
        Assert.Equal(first.Decisions[0].Decision.Reasons, second.Decisions[0].Decision.Reasons);
        Assert.Single(await StoredAsync(host));
    }

    [Fact]
    public async Task HandleAsync_SameIdTwiceInOneCall_SecondIsDuplicate()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var result = await Ingest(host, $"[{SafeJson("x", now)},{SafeJson("x", now)}]");

        Assert.Equal([false, true], result.Decisions.Select(d => d.Duplicate));
        Assert.Single(await StoredAsync(host));
    }

    [Fact]
    public async Task HandleAsync_ConcurrentCallsWithSameId_StoreItOnce()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Ingest(host, SafeJson("same", now))));

        Assert.Equal(1, results.Count(r => !r.Decisions[0].Duplicate));
        Assert.Single(await StoredAsync(host));
    }

    [Fact]
    public async Task HandleAsync_RepeatedIdAfterRestart_IsStillDuplicate()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        IngestResult first;
        await using (var host = await AppHost.StartAsync(azurite, settings))
        {
            first = await Ingest(host, RiskyJson("r2", now));
        }

        await using var restarted = await AppHost.StartAsync(azurite, settings);
        var again = await Ingest(restarted, RiskyJson("r2", now));

        Assert.True(again.Decisions[0].Duplicate);
        Assert.Equal(first.Decisions[0].Decision.Decision, again.Decisions[0].Decision.Decision);
        Assert.Single(await StoredAsync(restarted));
    }

    [Fact]
    public async Task HandleAsync_DeclineDecision_SendsAlertCarryingEventId_ApproveSendsNone()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;

        var result = await Ingest(host, $"[{RiskyJson("risky", now)},{SafeJson("safe", now)}]");

        Assert.NotEqual(Decision.Approve, result.Decisions[0].Decision.Decision);
        Assert.Equal(Decision.Approve, result.Decisions[1].Decision.Decision);
        var alerts = (await host.Get<TidewaterStorage>().AlertQueue.ReceiveMessagesAsync(32)).Value;
        var alert = Assert.Single(alerts);
        var body = alert.Body; // the alert queue client decodes base64
        using var json = JsonDocument.Parse(body.ToMemory());
        var entry = Assert.Single(json.RootElement.GetProperty("alerts").EnumerateArray());
        Assert.Equal("risky", entry.GetProperty("eventId").GetString());
        Assert.Equal(DecisionNames.ToWire(result.Decisions[0].Decision.Decision), entry.GetProperty("decision").GetString());
        Assert.True(alert.ExpiresOn is null || alert.ExpiresOn.Value.Year == 9999, "alerts never expire");
    }

    [Fact]
    public async Task HandleAsync_ManyAlertsInOneCall_SendOneMessagePerHundred()
    {
        await using var host = await AppHost.StartAsync(azurite);
        var now = DateTimeOffset.UtcNow;
        var body = "[" + string.Join(',', Enumerable.Range(0, 150).Select(i => RiskyJson($"r{i}", now))) + "]";

        await Ingest(host, body);

        var messages = (await host.Get<TidewaterStorage>().AlertQueue.ReceiveMessagesAsync(32)).Value;
        Assert.Equal(2, messages.Length);
        var ids = messages.SelectMany(m =>
        {
            return JsonDocument.Parse(m.Body.ToMemory()).RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("eventId").GetString()).ToList();
        });
        Assert.Equal(Enumerable.Range(0, 150).Select(i => $"r{i}").Order(), ids.Order());
    }

    [Fact]
    public async Task HandleAsync_RepeatedRiskyIdAfterRestart_ResendsItsAlert()
    {
        var settings = AppHost.UniqueSettings(azurite.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        await using (var host = await AppHost.StartAsync(azurite, settings))
        {
            await Ingest(host, RiskyJson("resend", now));
        }

        await using var restarted = await AppHost.StartAsync(azurite, settings);
        await Ingest(restarted, RiskyJson("resend", now));

        // Whether the first alert went out is unknown after a restart, so it goes out again (at least once).
        Assert.Equal(2, (await restarted.Get<TidewaterStorage>().AlertQueue.ReceiveMessagesAsync(32)).Value.Length);
    }

    [Fact]
    public async Task HandleAsync_QueueSource_IsRecorded()
    {
        await using var host = await AppHost.StartAsync(azurite);

        await host.Get<IngestHandler>().HandleAsync(Encoding.UTF8.GetBytes(SafeJson("q1", DateTimeOffset.UtcNow)), BodyFormat.Json, EventSource.Queue, CancellationToken.None);

        Assert.Equal(EventSource.Queue, Assert.Single(await StoredAsync(host)).Source);
    }
}
