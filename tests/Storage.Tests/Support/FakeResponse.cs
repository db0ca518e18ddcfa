using System.Diagnostics.CodeAnalysis;
using System.Text;
using Azure;
using Azure.Core;

namespace Tidewater.Storage.Tests;

/// <summary>A canned HTTP response for transports that fail or answer without a server.</summary>
internal sealed class FakeResponse : Response
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    public FakeResponse(int status, string? body = null)
    {
        Status = status;
        ContentStream = body is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(body));
    }

    public override int Status { get; }

    public override string ReasonPhrase => Status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = string.Empty;

    public FakeResponse WithHeader(string name, string value)
    {
        _headers[name] = value;
        return this;
    }

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = _headers.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }
}
