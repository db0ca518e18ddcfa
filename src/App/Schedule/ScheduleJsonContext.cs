using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.App.Schedule;

/// <summary>Source-generated JSON metadata of the schedule's documents (camelCase on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(BatchWatermark))]
internal sealed partial class ScheduleJsonContext : JsonSerializerContext;
