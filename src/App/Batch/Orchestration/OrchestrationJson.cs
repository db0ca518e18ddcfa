using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace Tidewater.App.Batch;

/// <summary>
/// The one JSON shape of orchestration inputs, outputs and custom status on both hosts: camelCase, enums as strings.
/// Both hosts' Durable clients and workers use <see cref="Converter"/>; the Functions worker's serializer is set to the
/// same options, so payloads match byte for byte whichever host wrote them.
/// </summary>
/// <remarks>WARNING: in-flight orchestrations are stored in this shape; changing it breaks them.</remarks>
public static class OrchestrationJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The Durable Task data converter over <see cref="Options"/> (registered as the <see cref="DataConverter"/> by <c>AddTidewater</c>).</summary>
    public static DataConverter Converter { get; } = new JsonDataConverter(Options);

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
