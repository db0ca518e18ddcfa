using System.Text.Json;

namespace Tidewater.Orchestration.Engine.Runtime;

/// <summary>Inputs, outputs and custom status to and from JSON with <see cref="OrchestrationJson.Options"/>, as the Functions worker does.</summary>
internal static class PayloadJson
{
    /// <summary>JSON of <paramref name="value"/> by its runtime type; null for null.</summary>
    public static string? Serialize(object? value) =>
        value is null ? null : JsonSerializer.Serialize(value, value.GetType(), OrchestrationJson.Options);

    /// <summary><paramref name="json"/> read as <typeparamref name="T"/>; default for null.</summary>
    public static T? Deserialize<T>(string? json) =>
        json is null ? default : JsonSerializer.Deserialize<T>(json, OrchestrationJson.Options);
}
