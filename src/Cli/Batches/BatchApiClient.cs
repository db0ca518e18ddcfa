using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Tidewater.Cli.Batches;

/// <summary>
/// The batch management routes (<c>/api/batches</c>, <c>/api/reports</c>) over HTTP, with the function key in
/// <c>x-functions-key</c>. Non-2xx answers come back as <see cref="ApiResponse{T}"/> with their problem; transport
/// failures throw (<see cref="HttpRequestException"/>, or <see cref="TaskCanceledException"/> on a timeout).
/// </summary>
public sealed class BatchApiClient : IDisposable
{
    /// <summary>The header carrying the function key.</summary>
    public const string KeyHeader = "x-functions-key";

    private readonly HttpClient _http;
    private readonly Uri _baseUri;

    /// <summary>A client of the host at <paramref name="baseUri"/> (scheme, host, port and an optional path prefix).</summary>
    /// <param name="baseUri">The host, e.g. <c>http://127.0.0.1:7071</c>.</param>
    /// <param name="key">The function key; null sends none (a local host without keys).</param>
    /// <param name="handler">The handler to send with; null uses a new <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="timeout">Per-request timeout. The default is 30 seconds.</param>
    public BatchApiClient(Uri baseUri, string? key, HttpMessageHandler? handler = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        _baseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
        _http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(key))
        {
            _http.DefaultRequestHeaders.Add(KeyHeader, key);
        }
    }

    /// <summary><c>POST /api/batches</c>: one batch per sealed window in the range.</summary>
    public Task<ApiResponse<StartedBatchesView>> StartAsync(StartBatchesBody body, CancellationToken cancellationToken) =>
        SendAsync<StartedBatchesView>(new HttpRequestMessage(HttpMethod.Post, Route("api/batches"))
        {
            Content = JsonContent.Create(body, options: BatchApiJson.Options),
        }, cancellationToken);

    /// <summary><c>GET /api/batches?status=&amp;from=&amp;to=</c>.</summary>
    public Task<ApiResponse<BatchListView>> ListAsync(IReadOnlyCollection<string> statuses, DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var query = new List<string>();
        if (statuses.Count > 0)
        {
            query.Add("status=" + Uri.EscapeDataString(string.Join(',', statuses)));
        }

        if (from is { } start)
        {
            query.Add("from=" + Uri.EscapeDataString(Format(start)));
        }

        if (to is { } end)
        {
            query.Add("to=" + Uri.EscapeDataString(Format(end)));
        }

        string route = "api/batches" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return SendAsync<BatchListView>(new HttpRequestMessage(HttpMethod.Get, Route(route)), cancellationToken);
    }

    /// <summary><c>GET /api/batches/{id}</c>.</summary>
    public Task<ApiResponse<BatchStatusView>> GetAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<BatchStatusView>(new HttpRequestMessage(HttpMethod.Get, Route("api/batches/" + Uri.EscapeDataString(id))), cancellationToken);

    /// <summary><c>GET /api/reports/{id}</c>, or the page with <c>?format=html</c>; the body is in <see cref="ApiResponse{T}.Text"/>.</summary>
    public Task<ApiResponse<string>> GetReportAsync(string id, bool html, CancellationToken cancellationToken) =>
        SendAsync<string>(new HttpRequestMessage(HttpMethod.Get, Route("api/reports/" + Uri.EscapeDataString(id) + (html ? "?format=html" : string.Empty))), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>An instant as the API reads it: RFC 3339 in UTC.</summary>
    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture);

    private Uri Route(string relative) => new(_baseUri, relative);

    private async Task<ApiResponse<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new ApiResponse<T>(response.StatusCode, default, ReadProblem(text), text);
            }

            if (typeof(T) == typeof(string))
            {
                return new ApiResponse<T>(response.StatusCode, (T)(object)text, null, text);
            }

            try
            {
                return new ApiResponse<T>(response.StatusCode, JsonSerializer.Deserialize<T>(text, BatchApiJson.Options), null, text);
            }
            catch (JsonException ex)
            {
                throw new HttpRequestException($"The host answered {(int)response.StatusCode} with a body that is not the expected JSON: {ex.Message}", ex);
            }
        }
    }

    private static ApiProblem? ReadProblem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ApiProblem>(text, BatchApiJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Describes a non-2xx answer in one line, then one indented line per field error.</summary>
    public static string Describe<T>(ApiResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"HTTP {(int)response.Status} {response.Status}");
        if (response.Problem is { } problem)
        {
            if (!string.IsNullOrEmpty(problem.Title))
            {
                text.Append(": ").Append(problem.Title);
            }

            if (!string.IsNullOrEmpty(problem.Detail))
            {
                text.Append(" (").Append(problem.Detail).Append(')');
            }

            foreach (var (field, messages) in problem.Errors ?? new Dictionary<string, string[]>())
            {
                foreach (var message in messages)
                {
                    text.AppendLine().Append("  ").Append(field).Append(": ").Append(message);
                }
            }
        }
        else if (!string.IsNullOrWhiteSpace(response.Text))
        {
            text.Append(": ").Append(response.Text.Length > 500 ? response.Text[..500] + "..." : response.Text);
        }

        return text.ToString();
    }
}
