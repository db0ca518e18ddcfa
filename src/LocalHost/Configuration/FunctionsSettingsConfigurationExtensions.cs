using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;

namespace Tidewater.LocalHost.Configuration;

/// <summary>
/// Reads the Functions configuration files the way the Functions host does, so one set of files configures both
/// hosts: <c>host.json</c> under <c>AzureFunctionsJobHost:</c> and the <c>Values</c> of <c>local.settings.json</c>
/// as app settings, and host.json's <c>logging:logLevel</c> as log filters (<c>Logging:LogLevel</c>), as the Functions
/// host applies it. They go beneath every existing source, so environment variables and the command line override them.
/// </summary>
public static class FunctionsSettingsConfigurationExtensions
{
    /// <summary>The section under which host.json appears, as in the Functions host.</summary>
    public const string HostSection = "AzureFunctionsJobHost";

    /// <summary>Adds host.json and local.settings.json from <paramref name="directory"/> (each optional).</summary>
    public static IConfigurationManager AddFunctionsSettings(this IConfigurationManager configuration, string directory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string hostJson = Path.Combine(directory, "host.json");
        if (File.Exists(hostJson))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(hostJson), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Flatten(document.RootElement, HostSection, values);
            AddLogLevels(values);
        }

        string localSettings = Path.Combine(directory, "local.settings.json");
        if (File.Exists(localSettings))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(localSettings), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.TryGetProperty("Values", out var settings) && settings.ValueKind == JsonValueKind.Object)
            {
                foreach (var setting in settings.EnumerateObject())
                {
                    values[setting.Name.Replace("__", ":", StringComparison.Ordinal)] = setting.Value.ValueKind == JsonValueKind.String
                        ? setting.Value.GetString()
                        : setting.Value.GetRawText();
                }
            }
        }

        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = values });
        return configuration;
    }

    /// <summary>Finds the folder holding host.json: <paramref name="start"/> or the nearest parent that has one.</summary>
    public static string FindSettingsDirectory(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "host.json")))
            {
                return directory.FullName;
            }
        }

        return start;
    }

    /// <summary>host.json <c>logging:logLevel:{category}</c> as <c>Logging:LogLevel:{category}</c> (<c>default</c> as <c>Default</c>).</summary>
    private static void AddLogLevels(Dictionary<string, string?> values)
    {
        const string prefix = HostSection + ":logging:logLevel:";
        foreach (var (key, value) in values.Where(v => v.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            string category = key[prefix.Length..];
            values["Logging:LogLevel:" + (category.Equals("default", StringComparison.OrdinalIgnoreCase) ? "Default" : category)] = value;
        }
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string?> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix + ":" + property.Name, values);
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, prefix + ":" + index++, values);
                }

                break;
            case JsonValueKind.String:
                values[prefix] = element.GetString();
                break;
            default:
                values[prefix] = element.GetRawText();
                break;
        }
    }
}
