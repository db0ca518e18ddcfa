using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Tidewater.Cli.Tests.Batches;

/// <summary>A scripted host: records every request (with its body) and answers from a queue, the last answer repeating.</summary>
internal sealed class BatchFakeHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _answers = new();
    private Func<HttpResponseMessage>? _last;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Throws this from every send instead of answering (a transport failure).</summary>
    public Exception? Failure { get; set; }

    public BatchFakeHttpHandler Answer(HttpStatusCode status, string body, string contentType = "application/json")
    {
        _answers.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, contentType) });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, body, request.Headers.TryGetValues("x-functions-key", out var keys) ? keys.Single() : null));
        if (Failure is not null)
        {
            throw Failure;
        }

        if (_answers.TryDequeue(out var next))
        {
            _last = next;
        }

        return (_last ?? throw new InvalidOperationException("no answer scripted"))();
    }

    public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Body, string? Key);
}
