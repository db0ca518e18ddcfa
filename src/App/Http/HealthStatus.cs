using System.Text.Json.Serialization;

namespace Tidewater.App.Http;

/// <summary>The answer of <c>GET /api/health</c>: 200 <c>healthy</c> with the served model version, 503 <c>starting</c> without one.</summary>
/// <param name="Status"><c>healthy</c> or <c>starting</c>.</param>
/// <param name="ModelVersion">The model version the real-time path scores with; omitted while starting.</param>
public sealed record HealthStatus(string Status, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ModelVersion = null)
{
    /// <summary>The answer while storage is being prepared.</summary>
    public static HealthStatus Starting { get; } = new("starting");

    /// <summary>The answer once the host accepts events, scoring with <paramref name="modelVersion"/>.</summary>
    public static HealthStatus Healthy(string modelVersion) => new("healthy", modelVersion);
}
