using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.Orchestration;

/// <summary>
/// The one JSON shape of orchestration inputs, outputs and custom status on both hosts: camelCase, enums as strings.
/// The Functions worker is configured with the same options.
/// </summary>
public static class OrchestrationJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
