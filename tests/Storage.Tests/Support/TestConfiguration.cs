using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Tidewater.Storage.Tests;

/// <summary>
/// A flat, case-insensitive key/value <see cref="IConfiguration"/> (keys as the providers produce them, e.g.
/// <c>AzureWebJobsStorage:blobServiceUri</c>); enough for code that reads values by key.
/// </summary>
internal sealed class TestConfiguration(IDictionary<string, string?> values) : IConfiguration
{
    private readonly Dictionary<string, string?> _values = new(values, StringComparer.OrdinalIgnoreCase);

    public string? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set => _values[key] = value;
    }

    public IEnumerable<IConfigurationSection> GetChildren() => throw new NotSupportedException();

    public IChangeToken GetReloadToken() => throw new NotSupportedException();

    public IConfigurationSection GetSection(string key) => throw new NotSupportedException();
}
