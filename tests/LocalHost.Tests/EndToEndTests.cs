using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.App.Storage;
using Tidewater.LocalHost.Queues;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

/// <summary>
/// The whole app through the real local host on a fake clock: events in over HTTP and the queue, the window
/// sealed, a batch started over the management API, its report matching what was accepted, and the refreshed
/// model used by the real-time path afterwards.
/// </summary>
[Collection(AzuriteCollections.Azurite)]
public sealed class EndToEndTests(AzuriteFixture azurite)
{
    private readonly FakeTimeProvider _time = new(StartOfMinute(DateTimeOffset.UtcNow).AddSeconds(5));

    private static DateTimeOffset StartOfMinute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);

    private string Event(string id, string account, decimal amount, string country = "DE", string mcc = "5411", string channel = "card_present") =>
        string.Create(CultureInfo.InvariantCulture,
            $$"""{"id":"{{id}}","type":"payment","accountId":"{{account}}","amount":{{amount}},"currency":"EUR","merchantCategory":"{{mcc}}","country":"{{country}}","channel":"{{channel}}","occurredAt":"{{_time.GetUtcNow().UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}""");

    private static HttpRequestMessage Request(HttpMethod method, string path, string? json = null, string key = LocalHostFactory.FunctionKey)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        request.Headers.Add("x-functions-key", key);
        return request;
    }

    [Fact]
    public async Task Window_IngestedOverHttpAndQueue_BatchedOnDemand_ReportMatches_NewModelServed()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(),
            new Dictionary<string, string?> { ["Tidewater:WindowMinutes"] = "1", ["Tidewater:SealGraceSeconds"] = "20", ["Tidewater:ModelRefreshSeconds"] = "5" }, _time);
        using var client = await factory.StartAsync();
        var window = factory.Get<WindowClock>().Current;

        // Real-time: 12 events over HTTP (one repeated), 4 over the queue.
        var http = Enumerable.Range(0, 12).Select(i => i % 4 == 0 ? Event($"h{i}", "acct-9", 9000, "NG", "7995", "ecommerce") : Event($"h{i}", $"acct-{i % 3}", 20 + i)).ToList();
        var accepted = await client.SendAsync(Request(HttpMethod.Post, "/api/events", "[" + string.Join(',', http) + "]"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var repeated = await client.SendAsync(Request(HttpMethod.Post, "/api/events", http[1]));
        Assert.True((await repeated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisions")[0].GetProperty("duplicate").GetBoolean());
        var storage = factory.Get<TidewaterStorage>();
        await storage.InboundQueue.SendMessageAsync(BinaryData.FromString(Event("q0", "acct-1", 33)));
        await storage.InboundQueue.SendMessageAsync(BinaryData.FromString($"[{Event("q1", "acct-2", 44)},{Event("q2", "acct-0", 55)},{Event("q3", "acct-9", 9100, "NG", "7995", "ecommerce")}]"));
        var processor = factory.Get<InboundMessageProcessor>();
        await Eventually.WaitAsync(() => _time.AdvanceThenAsync(TimeSpan.FromMilliseconds(200), () => processor.Processed), processed => processed == 2, "the queue to drain");

        // Seal the window, then backfill it over the management API.
        _time.SetUtcNow(factory.Get<WindowClock>().SealedAt(window).AddSeconds(1));
        var start = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", JsonSerializer.Serialize(new { from = window.Start, to = window.End })));
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var link = (await start.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batches")[0];
        string id = link.GetProperty("id").GetString()!;
        Assert.Equal("batch-" + window.Id, id);

        var status = await Eventually.WaitAsync(
            () => _time.AdvanceThenAsync(TimeSpan.FromSeconds(1), async () => await client.SendAsync(Request(HttpMethod.Get, $"/api/batches/{id}")).Result.Content.ReadFromJsonAsync<JsonElement>()),
            s => s.GetProperty("runtimeStatus").GetString() is "completed" or "failed" or "terminated", "the batch to finish", seconds: 90);
        Assert.Equal("completed", status.GetProperty("runtimeStatus").GetString());

        var report = await (await client.SendAsync(Request(HttpMethod.Get, $"/api/reports/{id}"))).Content.ReadFromJsonAsync<JsonElement>();
        var counts = report.GetProperty("findings").GetProperty("counts");
        Assert.Equal(16, counts.GetProperty("events").GetInt64());
        var reconciliation = report.GetProperty("findings").GetProperty("reconciliation");
        Assert.True(reconciliation.GetProperty("differing").GetInt64() <= counts.GetProperty("events").GetInt64());
        string modelOut = status.GetProperty("output").GetProperty("modelOut").GetString()!;
        Assert.NotEqual("v0", modelOut);

        // The real-time path picks the new version up within the refresh interval, without a restart.
        await Eventually.WaitAsync(
            () => _time.AdvanceThenAsync(TimeSpan.FromSeconds(6), async () => (await client.GetFromJsonAsync<JsonElement>("/api/health")).GetProperty("modelVersion").GetString()),
            version => version == modelOut, "the real-time path to serve the refreshed model");
        var after = await client.SendAsync(Request(HttpMethod.Post, "/api/events", Event("after-1", "acct-1", 25)));
        Assert.Equal(modelOut, (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisions")[0].GetProperty("modelVersion").GetString());

        // Redrive: a new instance over the same window reuses every chunk output and reports the same checksum.
        var redrive = await client.SendAsync(Request(HttpMethod.Post, $"/api/batches/{id}/redrive"));
        Assert.Equal(HttpStatusCode.Accepted, redrive.StatusCode);
        string redriveId = (await redrive.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(id + "-r1", redriveId);
        var redriven = await Eventually.WaitAsync(
            () => _time.AdvanceThenAsync(TimeSpan.FromSeconds(1), async () => await client.SendAsync(Request(HttpMethod.Get, $"/api/batches/{redriveId}")).Result.Content.ReadFromJsonAsync<JsonElement>()),
            s => s.GetProperty("runtimeStatus").GetString() is "completed" or "failed" or "terminated", "the redrive to finish", seconds: 90);
        Assert.Equal(status.GetProperty("output").GetProperty("checksum").GetString(), redriven.GetProperty("output").GetProperty("checksum").GetString());

        // Rollback: pinning v0 (admin) moves the real-time path back at once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request(HttpMethod.Post, "/api/models/pin", "{\"version\":\"v0\"}"))).StatusCode);
        var pin = await client.SendAsync(Request(HttpMethod.Post, "/api/models/pin", "{\"version\":\"v0\"}", LocalHostFactory.AdminKey));
        Assert.Equal(HttpStatusCode.OK, pin.StatusCode);
        var current = await pin.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(current.GetProperty("pinned").GetBoolean());
        Assert.Equal("v0", current.GetProperty("servingVersion").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Request(HttpMethod.Post, "/api/models/pin", "{\"version\":\"v-missing\"}", LocalHostFactory.AdminKey))).StatusCode);

        // Operators: terminate a finished batch is a conflict; purge needs the admin key and keeps the report.
        Assert.Equal(HttpStatusCode.Conflict, (await client.SendAsync(Request(HttpMethod.Post, $"/api/batches/{id}/terminate", key: LocalHostFactory.AdminKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Request(HttpMethod.Delete, $"/api/batches/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request(HttpMethod.Delete, $"/api/batches/{id}", key: LocalHostFactory.AdminKey))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Request(HttpMethod.Get, $"/api/batches/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request(HttpMethod.Get, $"/api/reports/{id}"))).StatusCode);
    }

    [Fact]
    public async Task StartBatches_UnsealedOrInvalidRange_Returns400NamingTheField()
    {
        await using var factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings(), time: _time);
        using var client = await factory.StartAsync();
        var now = _time.GetUtcNow();

        var unsealed = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", JsonSerializer.Serialize(new { from = now.AddHours(-1), to = now.AddHours(1) })));
        var missing = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", "{}"));
        var badJson = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", "{\"from\":12}"));
        var unknownModel = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", JsonSerializer.Serialize(new { from = now.AddDays(-2), to = now.AddDays(-2).AddHours(1), modelVersion = "nope" })));
        var unknownId = await client.SendAsync(Request(HttpMethod.Get, "/api/batches/batch-000000000000"));
        var pathModel = await client.SendAsync(Request(HttpMethod.Post, "/api/batches", JsonSerializer.Serialize(new { from = now.AddDays(-2), to = now.AddDays(-2).AddHours(1), modelVersion = "../x" })));
        var pathPin = await client.SendAsync(Request(HttpMethod.Post, "/api/models/pin", "{\"version\":\"../x\"}", LocalHostFactory.AdminKey));

        foreach (var (response, status, field) in new[]
        {
            (unsealed, HttpStatusCode.BadRequest, "to"), (missing, HttpStatusCode.BadRequest, "from"), (badJson, HttpStatusCode.BadRequest, "$.from"),
            (unknownModel, HttpStatusCode.BadRequest, "modelVersion"), (unknownId, HttpStatusCode.NotFound, "id"),
            (pathModel, HttpStatusCode.BadRequest, "modelVersion"), (pathPin, HttpStatusCode.BadRequest, "version"),
        })
        {
            Assert.Equal(status, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"expected errors.{field}");
        }
    }
}
