using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Tidewater.Cli.Sending;
using Tidewater.Cli.Tests.Generation;

namespace Tidewater.Cli.Tests.Sending;

public sealed class HttpEventSinkTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Uri _url;

    public HttpEventSinkTests()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _url = new Uri($"http://127.0.0.1:{port}/api/events");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
    }

    [Fact]
    public async Task SendAsync_Answer200_PostsJsonWithKeyAndCountsDecisions()
    {
        await using var sink = new HttpEventSink(_url, "secret", 2, TimeSpan.FromSeconds(10));
        var batch = TestTraffic.Generate(TestTraffic.Options(count: 2));

        var send = sink.SendAsync(batch, CancellationToken.None);
        var (key, contentType, body) = await AnswerAsync(200, """{"decisions":[{"eventId":"s1-0","decision":"approve","duplicate":false},{"eventId":"s1-1","decision":"review","duplicate":true}]}""");
        var outcome = await send;

        Assert.Equal("secret", key);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(body);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal(new SendOutcome(SendStatus.Accepted, 200, new DecisionCounts(1, 1, 0, 1), null), outcome);
    }

    [Theory]
    [InlineData(401, SendStatus.Rejected)]
    [InlineData(400, SendStatus.Rejected)]
    [InlineData(503, SendStatus.Failed)]
    [InlineData(500, SendStatus.Failed)]
    public async Task SendAsync_ErrorAnswer_RejectedOrFailedWithDetail(int status, SendStatus expected)
    {
        await using var sink = new HttpEventSink(_url, null, 1, TimeSpan.FromSeconds(10));

        var send = sink.SendAsync(TestTraffic.Generate(TestTraffic.Options(count: 1)), CancellationToken.None);
        await AnswerAsync(status, """{"title":"nope"}""");
        var outcome = await send;

        Assert.Equal(expected, outcome.Status);
        Assert.Equal(status, outcome.StatusCode);
        Assert.Contains("nope", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NothingListening_Failed()
    {
        _listener.Stop();
        await using var sink = new HttpEventSink(_url, null, 1, TimeSpan.FromSeconds(10));

        var outcome = await sink.SendAsync(TestTraffic.Generate(TestTraffic.Options(count: 1)), CancellationToken.None);

        Assert.Equal((SendStatus.Failed, 0), (outcome.Status, outcome.StatusCode));
        Assert.NotNull(outcome.Detail);
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private async Task<(string? Key, string? ContentType, string Body)> AnswerAsync(int status, string json)
    {
        var context = await _listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var answer = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(answer);
        context.Response.Close();
        return (context.Request.Headers[HttpEventSink.KeyHeader], context.Request.ContentType, body);
    }
}
