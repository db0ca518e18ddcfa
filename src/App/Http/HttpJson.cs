using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.App.Http;

/// <summary>
/// The JSON of both hosts' HTTP bodies (their <c>ConfigureHttpJsonOptions</c>): the orchestration payloads' shape
/// (camelCase, enums as camelCase strings, nulls omitted) and numbers only as JSON numbers. The API description is
/// generated from these options, so it says what the hosts read and write.
/// </summary>
public static class HttpJson
{
    /// <summary>Applies the shape to a host's HTTP serializer options.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;

        // The web defaults would also read "12" as 12 (and so describe every number as "integer or string"); no
        // request body has a number field, and answers always wrote numbers.
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
