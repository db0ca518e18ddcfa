using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tidewater.App.Accumulation;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

[Collection(AzuriteCollections.Azurite)]
public sealed class EventsEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private LocalHostFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new LocalHostFactory(azurite.ConnectionString, azurite.CreateClientSettings());
        _client = await _factory.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json", string? key = LocalHostFactory.FunctionKey, string path = "/api/events")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        return _client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<int> StoredCountAsync()
    {
        int count = 0;
        var reader = _factory.Get<WindowReader>();
        await foreach (var _ in reader.ReadRecordsAsync(_factory.Get<WindowClock>().Current))
        {
            count++;
        }

        return count;
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    [Fact]
    public async Task Post_OneEvent_Returns200WithDecisionShape()
    {
        var response = await PostAsync(Events.Safe("e1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = (await JsonAsync(response)).GetProperty("decisions")[0];
        Assert.Equal("e1", decision.GetProperty("eventId").GetString());
        Assert.Equal("approve", decision.GetProperty("decision").GetString());
        Assert.InRange(decision.GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal(JsonValueKind.Array, decision.GetProperty("reasons").ValueKind);
        Assert.Equal("v0", decision.GetProperty("modelVersion").GetString());
        Assert.False(decision.GetProperty("duplicate").GetBoolean());
        Assert.Equal(1, await StoredCountAsync());
    }

    [Fact]
    public async Task Post_Ndjson_ReturnsDecisionPerLine()
    {
        var response = await PostAsync(Events.Safe("n1") + "\n" + Events.Risky("n2") + "\n", "application/x-ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decisions = (await JsonAsync(response)).GetProperty("decisions");
        Assert.Equal(2, decisions.GetArrayLength());
        Assert.NotEqual("approve", decisions[1].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Post_RepeatedId_ReturnsDuplicateWithOriginalDecision()
    {
        var first = await JsonAsync(await PostAsync(Events.Risky("d1")));
        var second = await JsonAsync(await PostAsync(Events.Risky("d1")));

        Assert.True(second.GetProperty("decisions")[0].GetProperty("duplicate").GetBoolean());
        Assert.Equal(first.GetProperty("decisions")[0].GetProperty("score").GetDouble(), second.GetProperty("decisions")[0].GetProperty("score").GetDouble());
        Assert.Equal(1, await StoredCountAsync());
    }

    [Fact]
    public async Task Post_InvalidItemInArray_Returns400NamingFieldsOfEveryItem_AndStoresNothing()
    {
        var body = $$"""[{{Events.Safe("ok")}},{"id":"bad id!","amount":"12"}]""";

        var response = await PostAsync(body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "$[1].amount");
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("$[1].id", out _));
        Assert.True(errors.TryGetProperty("$[1].currency", out _));
        Assert.Equal(0, await StoredCountAsync());
    }

    [Theory]
    [InlineData("{\"id\":", "$")]
    [InlineData("[]", "$")]
    [InlineData("\"event\"", "$")]
    [InlineData("[1]", "$[0]")]
    public async Task Post_MalformedOrWrongShape_Returns400(string body, string field) =>
        await AssertProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, field);

    [Fact]
    public async Task Post_DeepNesting_Returns400()
    {
        var body = Events.Safe("deep")[..^1] + ",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        await AssertProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "$");
    }

    [Fact]
    public async Task Post_InvalidUtf8_Returns400()
    {
        var bytes = Encoding.UTF8.GetBytes(Events.Safe("u1")).Concat(new byte[] { 0xFF, 0xFE }).ToArray();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);

        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.BadRequest, "$");
    }

    [Fact]
    public async Task Post_ArrayOverLimit_Returns400()
    {
        var body = "[" + string.Join(',', Enumerable.Range(0, 1001).Select(i => Events.Safe($"a{i}"))) + "]";

        await AssertProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "$");
        Assert.Equal(0, await StoredCountAsync());
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        var body = "[" + new string(' ', 17 * 1024 * 1024) + "]";

        await AssertProblemAsync(await PostAsync(body), HttpStatusCode.RequestEntityTooLarge, "$");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_WrongContentType_Returns415(string contentType) =>
        await AssertProblemAsync(await PostAsync(Events.Safe("c1"), contentType), HttpStatusCode.UnsupportedMediaType, "Content-Type");

    [Fact]
    public async Task Post_NoContentType_Returns415()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Events.Safe("c2"))) };
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);

        await AssertProblemAsync(await _client.SendAsync(request), HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("")]
    public async Task Post_MissingOrWrongKey_Returns401(string? key)
    {
        var response = await PostAsync(Events.Safe("k1"), key: key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await StoredCountAsync());
    }

    [Theory]
    [InlineData(LocalHostFactory.SecondFunctionKey)]
    [InlineData(LocalHostFactory.AdminKey)]
    public async Task Post_RotatedOrAdminKey_IsAccepted(string key) =>
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Events.Safe("k2"), key: key)).StatusCode);

    [Fact]
    public async Task Post_KeyInCodeQueryParameter_IsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Events.Safe("k3"), key: null, path: "/api/events?code=" + LocalHostFactory.FunctionKey)).StatusCode);

    [Fact]
    public async Task Health_NeedsNoKey()
    {
        var response = await _client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", (await JsonAsync(response)).GetProperty("status").GetString());
    }
}
