using System.Text.Json.Serialization;

namespace Tidewater.App.Http;

/// <summary>
/// The answer of <c>GET /api/health</c>: 200 <c>healthy</c> with the served model version, 503 <c>starting</c>
/// without one, and on the local host which part is still starting.
/// </summary>
/// <param name="Status"><c>healthy</c> or <c>starting</c>.</param>
/// <param name="ModelVersion">The model version the real-time path scores with; omitted while starting.</param>
/// <param name="Events">Local host, while starting: <c>ready</c> once storage is prepared for events, else <c>starting</c>.</param>
/// <param name="Engine">Local host, while starting: <c>ready</c> once the orchestration engine's task hub is up, else <c>starting</c>.</param>
public sealed record HealthStatus(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ModelVersion = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Events = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Engine = null)
{
    /// <summary>The answer while storage is being prepared.</summary>
    public static HealthStatus Starting { get; } = new("starting");

    /// <summary>The answer once the host accepts events, scoring with <paramref name="modelVersion"/>.</summary>
    public static HealthStatus Healthy(string modelVersion) => new("healthy", modelVersion);

    /// <summary>The local host's answer while storage or the engine is not ready yet.</summary>
    public static HealthStatus StartingParts(bool eventsReady, bool engineReady) =>
        new("starting", Events: eventsReady ? "ready" : "starting", Engine: engineReady ? "ready" : "starting");
}
