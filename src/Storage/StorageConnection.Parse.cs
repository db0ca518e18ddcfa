namespace Tidewater.Storage;

public sealed partial class StorageConnection
{
    /// <summary>The well-known account name of the storage emulator (Azurite).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The well-known, public account key of the storage emulator (Azurite). Not a secret.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Parses a storage connection string.</summary>
    /// <param name="connectionString">
    /// <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10000/10001, optional
    /// <c>DevelopmentStorageProxyUri</c>), or <c>AccountName</c> + <c>AccountKey</c> with optional
    /// <c>DefaultEndpointsProtocol</c> (default https), <c>EndpointSuffix</c> (default core.windows.net) and explicit
    /// <c>BlobEndpoint</c>/<c>QueueEndpoint</c> (path-style or host-style). Whitespace around names and values and
    /// empty segments (a trailing ';') are ignored; names are case-insensitive; unknown names are ignored.
    /// </param>
    /// <exception cref="FormatException">A setting is missing or malformed; the message names it, never its value.</exception>
    public static StorageConnection Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = ReadSettings(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var useDevelopment))
        {
            if (!bool.TryParse(useDevelopment, out var isDevelopment))
            {
                throw new FormatException("The storage connection string setting 'UseDevelopmentStorage' must be 'true' or 'false'.");
            }

            if (isDevelopment)
            {
                return CreateDevelopment(settings);
            }
        }

        settings.TryGetValue("AccountName", out var accountName);
        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https").ToLowerInvariant();
        if (protocol is not ("https" or "http"))
        {
            throw new FormatException("The storage connection string setting 'DefaultEndpointsProtocol' must be 'https' or 'http'.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        var blob = ReadEndpoint(settings, "BlobEndpoint") ?? DefaultEndpoint(protocol, accountName, "blob", suffix);
        var queue = ReadEndpoint(settings, "QueueEndpoint") ?? DefaultEndpoint(protocol, accountName, "queue", suffix);
        if (blob is null && queue is null)
        {
            throw new FormatException(
                "The storage connection string needs 'AccountName', or 'BlobEndpoint'/'QueueEndpoint'.");
        }

        if (!settings.TryGetValue("AccountKey", out var accountKey))
        {
            throw new FormatException(settings.ContainsKey("SharedAccessSignature")
                ? "The storage connection string setting 'SharedAccessSignature' is not supported: use 'AccountKey' or an identity-based connection."
                : "The storage connection string has no 'AccountKey'.");
        }

        if (string.IsNullOrEmpty(accountName))
        {
            throw new FormatException("The storage connection string has no 'AccountName' (required with 'AccountKey').");
        }

        return new StorageConnection(blob, queue, accountName, new SharedKeyCredential(accountName, DecodeKey(accountKey)), null);
    }

    private static StorageConnection CreateDevelopment(Dictionary<string, string> settings)
    {
        var proxy = ReadEndpoint(settings, "DevelopmentStorageProxyUri");
        var scheme = proxy?.Scheme ?? Uri.UriSchemeHttp;
        var host = proxy?.Host ?? "127.0.0.1";
        var blob = new Uri($"{scheme}://{host}:10000/{DevelopmentAccountName}");
        var queue = new Uri($"{scheme}://{host}:10001/{DevelopmentAccountName}");
        var key = new SharedKeyCredential(DevelopmentAccountName, Convert.FromBase64String(DevelopmentAccountKey));
        return new StorageConnection(blob, queue, DevelopmentAccountName, key, null);
    }

    private static Dictionary<string, string> ReadSettings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var segment in connectionString.Split(';'))
        {
            index++;
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue;
            }

            // Names are letters only: a segment that is not (e.g. a stray key) is reported by position, never echoed.
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? string.Empty : segment[..equals].Trim();
            if (name.Length == 0 || !name.All(char.IsAsciiLetter))
            {
                throw new FormatException($"Segment {index} of the storage connection string is not a 'Name=Value' pair.");
            }

            var value = segment[(equals + 1)..].Trim();
            if (value.Length == 0)
            {
                throw new FormatException($"The storage connection string setting '{name}' is empty.");
            }

            if (!settings.TryAdd(name, value))
            {
                throw new FormatException($"The storage connection string sets '{name}' more than once.");
            }
        }

        return settings.Count > 0 ? settings : throw new FormatException("The storage connection string is empty.");
    }

    private static Uri? ReadEndpoint(Dictionary<string, string> settings, string name)
    {
        if (!settings.TryGetValue(name, out var value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FormatException($"The storage connection string setting '{name}' is not an absolute http(s) URI.");
    }

    private static Uri? DefaultEndpoint(string protocol, string? accountName, string service, string suffix)
    {
        if (string.IsNullOrEmpty(accountName))
        {
            return null;
        }

        return Uri.TryCreate($"{protocol}://{accountName}.{service}.{suffix}", UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException(
                "The storage connection string settings 'AccountName' and 'EndpointSuffix' do not form a valid host name.");
    }

    private static byte[] DecodeKey(string accountKey)
    {
        var buffer = new byte[accountKey.Length];
        return Convert.TryFromBase64String(accountKey, buffer, out var written) && written > 0
            ? buffer[..written]
            : throw new FormatException("The storage connection string setting 'AccountKey' is not valid Base64.");
    }
}
