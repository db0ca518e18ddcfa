using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.LocalHost.Schedule;

/// <summary>Source-generated JSON metadata of <see cref="ScheduleStatus"/> (camelCase on the wire).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ScheduleStatus))]
internal sealed partial class ScheduleStatusJsonContext : JsonSerializerContext;
