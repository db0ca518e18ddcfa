namespace Tidewater.Orchestration;

/// <summary>Options of a sub-orchestration call: retry policy and a fixed child instance id (Durable's <c>SubOrchestrationOptions</c>).</summary>
/// <param name="Retry">The retry policy; null means one attempt.</param>
/// <param name="InstanceId">The child's instance id; null lets the engine derive a deterministic one.</param>
public sealed record SubOrchestrationOptions(RetryPolicy? Retry = null, string? InstanceId = null) : TaskOptions(Retry);
