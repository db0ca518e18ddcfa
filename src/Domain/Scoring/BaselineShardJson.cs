using System.Text.Json;

namespace Tidewater.Domain.Scoring;

/// <summary>Reads and writes a <see cref="BaselineShard"/> as versioned camelCase JSON.</summary>
/// <remarks>
/// Shape (schema 1): <c>{"schemaVersion":1,"accounts":{"acct-1":{"amount":{"count":3,"mean":20.5,"m2":4.1},
/// "countries":["DE"],"merchantCategories":["5411"]}}}</c>. Accounts are written in ordinal order of their ids and
/// sets sorted, so the same shard always gives the same bytes. Every problem surfaces as a <see cref="JsonException"/>.
/// </remarks>
public static class BaselineShardJson
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Serializes <paramref name="shard"/> to UTF-8 JSON.</summary>
    /// <param name="shard">The shard.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(BaselineShard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        var accounts = new Dictionary<string, AccountBaselineDocument>(shard.Accounts.Count, StringComparer.Ordinal);
        foreach (var accountId in shard.Accounts.Keys.Order(StringComparer.Ordinal))
        {
            accounts.Add(accountId, AccountBaselineDocument.From(shard.Accounts[accountId]));
        }

        var document = new BaselineShardDocument { SchemaVersion = SchemaVersion, Accounts = accounts };
        return JsonSerializer.SerializeToUtf8Bytes(document, DomainJsonContext.Default.BaselineShardDocument);
    }

    /// <summary>Deserializes a shard from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="JsonException">The JSON is malformed, of another schema version, or holds an impossible baseline.</exception>
    public static BaselineShard Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var document = JsonSerializer.Deserialize(utf8Json, DomainJsonContext.Default.BaselineShardDocument)
            ?? throw new JsonException("A baseline shard document must be a JSON object, not null.");
        if (document.SchemaVersion != SchemaVersion)
        {
            throw new JsonException($"Unsupported baseline shard schemaVersion {document.SchemaVersion}; expected {SchemaVersion}.");
        }

        var accounts = new Dictionary<string, AccountBaseline>(document.Accounts.Count, StringComparer.Ordinal);
        foreach (var (accountId, baseline) in document.Accounts)
        {
            try
            {
                accounts.Add(accountId, baseline.ToBaseline());
            }
            catch (ArgumentException ex)
            {
                throw new JsonException($"Invalid baseline of account '{accountId}': {ex.Message}", ex);
            }
        }

        return new BaselineShard(accounts);
    }
}
