using System.Text.Json;
using System.Text.Json.Serialization;
using Tidewater.App.Scoring;

namespace Tidewater.App;

/// <summary>Source-generated JSON metadata for the App layer's own documents (camelCase on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ModelPointer))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
