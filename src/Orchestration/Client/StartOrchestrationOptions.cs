namespace Tidewater.Orchestration;

/// <summary>Options of a new instance (Durable's <c>StartOrchestrationOptions</c>).</summary>
/// <param name="InstanceId">The instance id; null for a new random one.</param>
/// <param name="StartAt">When to start it; null for now.</param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
