using Azure.Core;
using Azure.Core.Pipeline;

namespace Tidewater.Storage.Tests;

/// <summary>
/// A transport that records the headers of every attempt, can answer the first attempts itself (e.g. 503), and
/// otherwise sends for real (or answers 201 when it has no inner transport).
/// </summary>
internal sealed class RecordingTransport : HttpPipelineTransport
{
    private readonly HttpPipelineTransport? _inner;
    private readonly HttpClientTransport _requestFactory = new();
    private readonly Queue<Func<FakeResponse>> _cannedResponses = new();
    private readonly Action? _onAttempt;

    public RecordingTransport(HttpPipelineTransport? inner = null, Action? onAttempt = null)
    {
        _inner = inner;
        _onAttempt = onAttempt;
    }

    public List<RecordedAttempt> Attempts { get; } = [];

    /// <summary>The next attempt gets this response instead of going to the server.</summary>
    public RecordingTransport ThenRespond(Func<FakeResponse> response)
    {
        _cannedResponses.Enqueue(response);
        return this;
    }

    public override Request CreateRequest() => (_inner ?? _requestFactory).CreateRequest();

    public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message)
    {
        var request = message.Request;
        Attempts.Add(new RecordedAttempt(
            request.Method.Method,
            request.Uri.ToUri(),
            request.Headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase)));
        _onAttempt?.Invoke();

        if (_cannedResponses.TryDequeue(out var canned))
        {
            message.Response = canned();
            return;
        }

        if (_inner is null)
        {
            message.Response = new FakeResponse(201);
            return;
        }

        await _inner.ProcessAsync(message);
    }
}

internal sealed record RecordedAttempt(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers);
