using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Tidewater.App.Storage;
using Tidewater.Testing;

namespace Tidewater.LocalHost.Tests;

/// <summary>Storage unreachable: the host answers 503 with Retry-After, never 500, and acknowledges nothing.</summary>
public sealed class StorageDownTests
{
    private static StorageClientSettings NoRetries() => new() { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) };

    private static string UnreachableStorage()
    {
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        int port = ((IPEndPoint)socket.LocalEndPoint!).Port; // bound, never listening: connections are refused
        return $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1";
    }

    private static HttpRequestMessage Post(string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/events") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);
        return request;
    }

    [Fact]
    public async Task Post_StorageNeverReachable_Returns503WithRetryAfter()
    {
        await using var factory = new LocalHostFactory(UnreachableStorage(), NoRetries());
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Post(Events.Safe("s1")));
        var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task BatchRoutes_EngineNotStarted_Return503WithRetryAfter()
    {
        await using var factory = new LocalHostFactory(UnreachableStorage(), NoRetries());
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/batches/batch-202601010000");
        request.Headers.Add("x-functions-key", LocalHostFactory.FunctionKey);

        var response = await client.SendAsync(request);
        var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("starting", (await health.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Post_InvalidEventWhileStorageDown_StillGets400()
    {
        await using var factory = new LocalHostFactory(UnreachableStorage(), NoRetries());
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Post("{\"id\":\"x\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_StorageGoesDownAfterStart_Returns503_NotAcknowledged()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        await using var factory = new LocalHostFactory(azurite.ConnectionString, NoRetries());
        using var client = await factory.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post(Events.Safe("before")))).StatusCode);

        await azurite.DisposeAsync();
        var response = await client.SendAsync(Post(Events.Safe("after")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
