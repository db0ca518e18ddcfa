using System.Security.Cryptography;

namespace Tidewater.App.Dashboard;

/// <summary>
/// The dashboard's files, embedded in this assembly (<c>Dashboard/Assets</c>), so both hosts serve the same bytes
/// with no file system, CDN or network: the page (<see cref="PageName"/>), its script and its style sheet.
/// </summary>
public sealed class DashboardAssets
{
    /// <summary>The page, served at <c>/api/dashboard</c>.</summary>
    public const string PageName = "dashboard.html";

    /// <summary>The resource-name prefix of the files (<c>App.csproj</c> sets it as their logical names).</summary>
    private const string ResourcePrefix = "Tidewater.App.Dashboard.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    private readonly Dictionary<string, DashboardAsset> _assets;

    private DashboardAssets(Dictionary<string, DashboardAsset> assets) => _assets = assets;

    /// <summary>The files embedded in this assembly, read once.</summary>
    public static DashboardAssets Embedded { get; } = Load();

    /// <summary>The page.</summary>
    public DashboardAsset Page => _assets[PageName];

    /// <summary>The names of every file.</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>The file named <paramref name="name"/> (exactly, no path), if there is one.</summary>
    public DashboardAsset? Find(string? name) => name is not null && _assets.TryGetValue(name, out var asset) ? asset : null;

    private static DashboardAssets Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            string name = resource[ResourcePrefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(name), out string? contentType))
            {
                throw new InvalidOperationException($"The dashboard file {name} has no known content type.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            byte[] content = buffer.ToArray();
            string etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";
            assets[name] = new DashboardAsset(name, contentType, content, etag);
        }

        if (!assets.ContainsKey(PageName))
        {
            throw new InvalidOperationException($"The dashboard page {PageName} is not embedded in {assembly.GetName().Name}.");
        }

        return new DashboardAssets(assets);
    }
}
