using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tidewater.Cli.Generation;

namespace Tidewater.Cli.Sending;

/// <summary>POSTs each batch to the HTTP trigger (<c>/api/events</c>) with the function key header.</summary>
/// <remarks>One connection per concurrent request at most; no proxy (the target is usually loopback).</remarks>
public sealed class HttpEventSink : IEventSink
{
    /// <summary>The header carrying the function key, as the Functions host reads it.</summary>
    public const string KeyHeader = "x-functions-key";

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly HttpClient _client;
    private readonly Uri _url;
    private readonly string? _key;

    /// <summary>Creates a sink.</summary>
    /// <param name="url">The events endpoint.</param>
    /// <param name="key">The function key, or null to send none.</param>
    /// <param name="maxConnections">The most connections to open.</param>
    /// <param name="timeout">How long one request may take.</param>
    public HttpEventSink(Uri url, string? key, int maxConnections, TimeSpan timeout)
    {
        _url = url;
        _key = key;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            UseProxy = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { Timeout = timeout };
    }

    /// <inheritdoc />
    public string Description => "POST " + _url.GetLeftPart(UriPartial.Path);

    /// <inheritdoc />
    public bool ReportsDecisions => true;

    /// <inheritdoc />
    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task<SendOutcome> SendAsync(IReadOnlyList<GeneratedEvent> batch, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(EventBatchJson.ToJson(batch));
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = content };
        if (_key is not null)
        {
            request.Headers.TryAddWithoutValidation(KeyHeader, _key);
        }

        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => new SendOutcome(SendStatus.Accepted, status, DecisionResponseReader.Count(body), null),
                >= 400 and < 500 => new SendOutcome(SendStatus.Rejected, status, default, Describe(status, body)),
                _ => new SendOutcome(SendStatus.Failed, status, default, Describe(status, body)),
            };
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Failed(ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendOutcome.Failed($"timed out after {_client.Timeout.TotalSeconds:0.#} s");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The status with the problem title, detail and first field error; never per-request ids (so equal problems group).</summary>
    private static string Describe(int status, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("title", out var title))
            {
                var text = new StringBuilder(FormattableString.Invariant($"HTTP {status} {title.GetString()}"));
                if (root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String)
                {
                    text.Append(": ").Append(detail.GetString());
                }

                if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
                    && errors.EnumerateObject().FirstOrDefault() is { Value.ValueKind: JsonValueKind.Array } first)
                {
                    text.Append(" (").Append(first.Name).Append(' ').Append(first.Value.EnumerateArray().FirstOrDefault().ToString()).Append(')');
                }

                return text.ToString();
            }
        }
        catch (JsonException)
        {
            // Not problem details: fall back to the start of the body.
        }

        var raw = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ");
        return FormattableString.Invariant($"HTTP {status}: {raw}");
    }
}
