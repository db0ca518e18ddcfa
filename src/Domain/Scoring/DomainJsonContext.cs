using System.Text.Json.Serialization;

namespace Tidewater.Domain.Scoring;

/// <summary>Source-generated System.Text.Json metadata for the stored documents of the domain.</summary>
/// <remarks>Source generation keeps (de)serialization reflection-free and trimming-safe.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ModelDocument))]
[JsonSerializable(typeof(BaselineShardDocument))]
internal sealed partial class DomainJsonContext : JsonSerializerContext;
