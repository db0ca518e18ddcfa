using System.Text.Json.Serialization;
using Tidewater.Orchestration.Engine.Persistence;

namespace Tidewater.Orchestration.Engine.History;

/// <summary>Source-generated JSON for what the engine persists: history lines and instance state blobs.</summary>
/// <remarks>Payloads (inputs, outputs, custom status) are JSON strings made with <see cref="OrchestrationJson.Options"/>.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(HistoryEvent))]
[JsonSerializable(typeof(InstanceState))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
