using System.Text.Json;

namespace Tidewater.Cli.Commands;

/// <summary>Reads a value from the nearest <c>local.settings.json</c> (the one <c>run.sh</c> writes), for local use.</summary>
public static class LocalSettings
{
    /// <summary>The <c>Values</c> entry <paramref name="name"/> of the nearest file at or above <paramref name="start"/>; null if none.</summary>
    public static string? FindValue(string name, string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "local.settings.json");
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                return document.RootElement.TryGetProperty("Values", out var values)
                    && values.ValueKind == JsonValueKind.Object
                    && values.TryGetProperty(name, out var value)
                    && value.ValueKind == JsonValueKind.String
                    ? value.GetString()
                    : null;
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }
}
