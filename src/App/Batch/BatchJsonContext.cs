using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidewater.App.Batch;

/// <summary>
/// Source-generated JSON of the batch's stored documents: camelCase, nulls omitted, properties in declaration order,
/// so equal documents are equal bytes (plans and skip lists are named by their hash, reports checksummed).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BatchPlanDocument))]
[JsonSerializable(typeof(SkipListDocument))]
[JsonSerializable(typeof(BatchPartial))]
[JsonSerializable(typeof(ModelProvenance))]
[JsonSerializable(typeof(BatchReportDocument))]
[JsonSerializable(typeof(ReportFindings))]
internal sealed partial class BatchJsonContext : JsonSerializerContext;
