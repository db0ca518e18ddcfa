using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.Cli.Batches;

/// <summary>The management API's JSON: camelCase names, enums as camelCase strings, nulls left out.</summary>
public static class BatchApiJson
{
    /// <summary>The shared options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
